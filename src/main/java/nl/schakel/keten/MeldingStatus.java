package nl.schakel.keten;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The Veilig Thuis status of a melding at one moment, for the professional who made it. Holds no personal data.
 *
 * @param veiligheidsbeoordelingUiterlijk the last day of the veiligheidsbeoordeling term (rule 33), when known
 * @param op when the status was reached
 */
public record MeldingStatus(
        UUID meldingId, VtStatus status, @Nullable LocalDate veiligheidsbeoordelingUiterlijk, Instant op) {

    public MeldingStatus {
        Objects.requireNonNull(meldingId);
        Objects.requireNonNull(status);
        Objects.requireNonNull(op);
    }
}
