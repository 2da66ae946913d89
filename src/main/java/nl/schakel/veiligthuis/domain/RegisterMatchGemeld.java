package nl.schakel.veiligthuis.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The national VT-register told this region that another region is or was involved with one of the case's
 * directbetrokkenen (domain spec §3.8, rule 46; ADR-0024): who, which region, since when, still active or ended, and
 * how to reach that region. A match on name and date of birth (the person had no BSN in one of the regions) is only a
 * possible match, to be checked by the case worker; a match on the BSN is certain. Written by Schakel on arrival.
 *
 * @param matchId the register's match, as told to this region (one entry per match)
 * @param betrokkene the directbetrokkene of this case registered under the matched pseudonym; null when not found
 * @param naam that directbetrokkene's name ("" when not found)
 * @param andereRegio the other region's name
 * @param mogelijk whether it is a possible match (name and date of birth), to be checked
 * @param sinds since when the other region is or was involved
 * @param tot when the other region's involvement ended; null while active
 * @param contact the other region's contact for this case
 */
public record RegisterMatchGemeld(
        UUID matchId,
        @Nullable UUID betrokkene,
        String naam,
        String andereRegio,
        boolean mogelijk,
        Instant sinds,
        @Nullable Instant tot,
        String contact)
        implements EntryPayload {

    /** Whether the other region is still involved. */
    public boolean actief() {
        return tot == null;
    }

    /** The day the other region's involvement started, in Dutch time. */
    public LocalDate sindsDag() {
        return LocalDate.ofInstant(sinds, Intake.NL);
    }

    /** The day it ended, in Dutch time; null while active. */
    public @Nullable LocalDate totDag() {
        return tot == null ? null : LocalDate.ofInstant(tot, Intake.NL);
    }

    @Override
    public String toString() {
        return "RegisterMatchGemeld[" + matchId + "]";
    }
}
