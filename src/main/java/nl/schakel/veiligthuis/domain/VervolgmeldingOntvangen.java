package nl.schakel.veiligthuis.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A new melding about the family arrived while this case is monitored (rule 55: a vervolgmelding tijdens monitoring,
 * counted apart by CBS, domain spec §4.2). Written on the monitored case; the melding itself is its own case, in the
 * veiligheidsbeoordeling. The worker may start a new veiligheidsbeoordeling of the monitored case.
 *
 * @param melding the id of the new melding's case
 */
public record VervolgmeldingOntvangen(UUID melding, Instant ontvangenOp) implements EntryPayload {

    @Override
    public String toString() {
        return "VervolgmeldingOntvangen[" + melding + "]";
    }
}
