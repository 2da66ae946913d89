package nl.schakel.organisation;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A decree under art. 3 (3) of the Algemene termijnenwet that equates days with a general holiday, as entered by the
 * platformbeheerder (or shipped by migration V4_3). Never changed once entered; its days are {@link
 * Gelijkstellingswijziging rows} of their own.
 *
 * @param naam the decree's title, as in the Staatscourant
 * @param vindplaats where it was published, such as "Stcrt. 2025, 12345"; empty when not known
 */
public record Gelijkstellingsbesluit(
        UUID id, String naam, @Nullable String vindplaats, Instant vastgelegdOp, String vastgelegdDoor) {

    /** The decree as the calendar names it: its title, and where it was published when that is known. */
    public String titel() {
        return vindplaats == null ? naam : naam + " (" + vindplaats + ")";
    }
}
