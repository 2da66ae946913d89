package nl.schakel.register;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.schakel.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A match as the VT-register tells it to one region (rule 46): the region's own case reference and pseudonym, and the
 * other region with its period and contact. Never the other region's case reference.
 *
 * @param id the match's id for this region; the other region has its own id for the same pair
 * @param regio the told region
 * @param zaakReferentie the told region's own case reference
 * @param pseudoniem the pseudonym the told region registered
 * @param andereRegio the other region
 * @param andereRegioNaam its name
 * @param sinds since when the other region is or was involved
 * @param tot when its involvement ended; null while active
 * @param contact how to reach the other region about its case
 */
public record Match(
        UUID id,
        TenantId regio,
        UUID zaakReferentie,
        Pseudoniem pseudoniem,
        TenantId andereRegio,
        String andereRegioNaam,
        Instant sinds,
        @Nullable Instant tot,
        String contact) {

    public Match {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(regio, "regio");
        Objects.requireNonNull(zaakReferentie, "zaakReferentie");
        Objects.requireNonNull(pseudoniem, "pseudoniem");
        Objects.requireNonNull(andereRegio, "andereRegio");
        Objects.requireNonNull(andereRegioNaam, "andereRegioNaam");
        Objects.requireNonNull(sinds, "sinds");
        Objects.requireNonNull(contact, "contact");
    }

    /** Whether the other region's involvement is still active. */
    public boolean actief() {
        return tot == null;
    }

    /** A match on name and date of birth is only possible: the case worker checks it (rule 46, domain spec §3.8). */
    public boolean mogelijk() {
        return pseudoniem.soort() == Soort.NAAM_GEBOORTEDATUM;
    }

    @Override
    public String toString() {
        return "Match[" + id + ", regio " + regio + "]";
    }
}
