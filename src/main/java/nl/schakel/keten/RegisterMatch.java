package nl.schakel.keten;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.schakel.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * What the national VT-register tells one region when another region is or was involved with the same person (domain
 * spec §3.8, rule 46): a match, as the told region sees it. It names the told region's own case and pseudonym and
 * the other region's name, period and contact; never the other region's case reference or any case content.
 *
 * @param id the match's id as told to this region (one per pair of involvements and told region)
 * @param regio the told region
 * @param zaakReferentie the told region's own case reference
 * @param pseudoniem the pseudonym both registered (the told region registered it itself)
 * @param soort what the pseudonym was made from; {@link Pseudoniemsoort#NAAM_GEBOORTEDATUM} makes it a possible match,
 *     to be checked
 * @param andereRegio the other region
 * @param andereRegioNaam the other region's name
 * @param sinds since when the other region is or was involved
 * @param tot when the other region's involvement ended; null while it is active
 * @param contact how to reach the other region about its case
 */
public record RegisterMatch(
        UUID id,
        TenantId regio,
        UUID zaakReferentie,
        String pseudoniem,
        Pseudoniemsoort soort,
        TenantId andereRegio,
        String andereRegioNaam,
        Instant sinds,
        @Nullable Instant tot,
        String contact) {

    public RegisterMatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(regio, "regio");
        Objects.requireNonNull(zaakReferentie, "zaakReferentie");
        Objects.requireNonNull(pseudoniem, "pseudoniem");
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(andereRegio, "andereRegio");
        Objects.requireNonNull(andereRegioNaam, "andereRegioNaam");
        Objects.requireNonNull(sinds, "sinds");
        Objects.requireNonNull(contact, "contact");
        if (regio.equals(andereRegio)) {
            throw new IllegalArgumentException("a match is between two regions");
        }
        if (tot != null && tot.isBefore(sinds)) {
            throw new IllegalArgumentException("tot before sinds");
        }
    }

    /** Whether the other region's involvement is still active. */
    public boolean actief() {
        return tot == null;
    }

    /** Whether this is only a possible match (made from name and date of birth), to be checked. */
    public boolean mogelijk() {
        return soort.mogelijk();
    }

    @Override
    public String toString() {
        return "RegisterMatch[" + id + ", regio " + regio + "]";
    }
}
