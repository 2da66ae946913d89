package nl.schakel.veiligthuis.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "NL"));

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

    /**
     * The outcome of the source VT-register in the verrijking (spec §3.3) after these matches, in plain Dutch: one
     * sentence per match, the possible ones marked "te controleren"; or that no other region is known.
     */
    public static String uitkomst(List<RegisterMatchGemeld> matches) {
        if (matches.isEmpty()) {
            return "Aangemeld bij het VT-register. Geen andere Veilig Thuis-regio bekend met deze personen.";
        }
        StringBuilder tekst = new StringBuilder();
        for (RegisterMatchGemeld m : matches) {
            if (!tekst.isEmpty()) {
                tekst.append('\n');
            }
            tekst.append(m.zin());
        }
        return tekst.toString();
    }

    /** This match in one Dutch sentence, for the verrijking. */
    String zin() {
        String wie = naam.isEmpty() ? "Een directbetrokkene" : naam;
        String periode = actief()
                ? "is sinds " + DATUM.format(sindsDag()) + " bekend bij " + andereRegio + " (nog betrokken)"
                : "was van " + DATUM.format(sindsDag()) + " tot " + DATUM.format(totDag()) + " bekend bij "
                        + andereRegio + " (beëindigd)";
        String zeker = mogelijk ? " Mogelijke match op naam en geboortedatum: te controleren." : " Match op BSN.";
        return wie + " " + periode + "." + zeker + " Contact: " + contact + ".";
    }

    @Override
    public String toString() {
        return "RegisterMatchGemeld[" + matchId + "]";
    }
}
