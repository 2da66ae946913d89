package nl.schakel.organisation;

import java.time.Instant;
import java.util.UUID;

/**
 * A document uploaded as evidence for an implementation item (an implementation plan, minutes of the board decision,
 * the letter to parents), without its content. Documents are only ever added.
 *
 * @param bestandsnaam the name it had on the uploader's computer, cleaned ({@link Bewijsregels#bestandsnaam})
 * @param soort the kind its content proved it to be (not its name)
 * @param grootte its size in bytes
 * @param vastgelegdDoor the username of who uploaded it
 */
public record Bewijsstuk(
        UUID id,
        Invoeringspunt punt,
        String bestandsnaam,
        Bestandssoort soort,
        long grootte,
        Instant vastgelegdOp,
        String vastgelegdDoor) {

    /** A document with its content, for download. */
    public record Inhoud(Bewijsstuk stuk, byte[] bytes) {}
}
