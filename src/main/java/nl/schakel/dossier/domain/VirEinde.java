package nl.schakel.dossier.domain;

import java.time.LocalDate;
import java.util.UUID;
import nl.schakel.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The end of a VIR signal: removed early by the organisation because the risk no longer exists or the signal was
 * unjustified, with the reason (rule 31), or expired on its end date (rules 28 and 29).
 *
 * @param signaal the id of the journal entry that made the signal
 * @param reden why the organisation removed it; present exactly when {@code grond} is {@code VERWIJDERD}
 * @param op the day it ended
 */
public record VirEinde(UUID signaal, Grond grond, @Nullable String reden, LocalDate op) implements EntryPayload {

    public static final int MAX_REDEN = 1000;

    /** Why the signal ended. */
    public enum Grond {
        /** Removed early by the organisation, with a reason (rule 31). */
        VERWIJDERD,
        /** Ended on its end date: two years or the 23rd birthday (rules 28 and 29). */
        VERLOPEN
    }

    /** The organisation removes the signal today, with a reason (rule 31). */
    public static VirEinde verwijderd(UUID signaal, String reden, LocalDate today) {
        String clean = reden.strip();
        if (clean.isEmpty() || clean.length() > MAX_REDEN) {
            throw new InvalidInputException("reden", "vir.fout.reden");
        }
        return new VirEinde(signaal, Grond.VERWIJDERD, clean, today);
    }

    /** The signal has reached its end date. */
    public static VirEinde verlopen(UUID signaal, LocalDate eindigtOp) {
        return new VirEinde(signaal, Grond.VERLOPEN, null, eindigtOp);
    }

    @Override
    public String toString() {
        return "VirEinde[" + grond + "]";
    }
}
