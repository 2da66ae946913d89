package nl.schakel.reporting.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The moments of one meldcode dossier as the read model holds them: no names, no BSN, no free text.
 *
 * @param team the owner's team when the dossier was opened; null when the owner had no team
 * @param stappen the first moment of each step 1–5 (index 0 is step 1), null while not reached
 * @param herbeoordelingOp the re-evaluation date of the latest hulpplan
 * @param geslotenInStap the step the dossier was closed in; null when the read model does not know it
 */
public record DossierVerloop(
        @Nullable UUID team,
        Instant geopendOp,
        @Nullable Instant[] stappen,
        @Nullable Instant kindcheckOp,
        @Nullable Instant meldingOp,
        @Nullable Instant hulpplanOp,
        @Nullable LocalDate herbeoordelingOp,
        @Nullable Instant herbeoordeeldOp,
        @Nullable Instant geslotenOp,
        @Nullable Integer geslotenInStap) {

    public static final int STAPPEN = 5;

    public DossierVerloop {
        if (stappen.length != STAPPEN) {
            throw new IllegalArgumentException("five steps expected, got " + stappen.length);
        }
        stappen = stappen.clone();
    }

    /** The first moment of step 1–5. */
    public @Nullable Instant stap(int stap) {
        return stappen[stap - 1];
    }

    /**
     * The step the dossier was closed in: as recorded, else the furthest step it reached (a dossier is closed in the
     * step it had got to), else step 1.
     */
    public int slotstap() {
        if (geslotenInStap != null) {
            return geslotenInStap;
        }
        for (int stap = STAPPEN; stap > 1; stap--) {
            if (stap(stap) != null) {
                return stap;
            }
        }
        return 1;
    }

    /** The outcome of a closed dossier: a melding, else help (a hulpplan), else closed without either. */
    public Uitkomst uitkomst() {
        if (meldingOp != null) {
            return Uitkomst.MELDING;
        }
        return hulpplanOp != null ? Uitkomst.HULP : Uitkomst.AFGESLOTEN;
    }

    /**
     * How long the dossier was in a step: from reaching it (step 1 from the opening) until reaching the next step,
     * or until it was closed when it was closed in that step; empty while not known.
     */
    public Optional<Stapduur> tijdInStap(int stap) {
        Instant van = stap == 1 ? geopendOp : stap(stap);
        Instant tot = stap < STAPPEN ? stap(stap + 1) : null;
        if (tot == null && geslotenOp != null && slotstap() == stap) {
            tot = geslotenOp;
        }
        return van == null || tot == null || tot.isBefore(van)
                ? Optional.empty()
                : Optional.of(new Stapduur(tot, Duration.between(van, tot)));
    }

    /** The time spent in a step, and when the step ended (the period it counts in). */
    public record Stapduur(Instant einde, Duration duur) {}

    /** The three outcomes of a closed dossier. */
    public enum Uitkomst {
        AFGESLOTEN,
        HULP,
        MELDING
    }
}
