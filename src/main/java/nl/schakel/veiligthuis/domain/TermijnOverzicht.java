package nl.schakel.veiligthuis.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.schakel.shared.kalender.Werkdagkalender;
import org.jspecify.annotations.Nullable;

/**
 * The teamleider's view of the VB term (rule 33): per ISO week of the deadline, how many veiligheidsbeoordelingen were
 * due, done in time, done late, open and late, and open and nearly late; and the open meldingen that are late or nearly
 * late. Weeks shown: the current week and the {@value #WEKEN_TERUG} weeks before it, and the {@value #WEKEN_VOORUIT}
 * weeks after it.
 *
 * @param weken the weeks, oldest first
 * @param signaleringen the open meldingen past their deadline or due today or on the next working day, earliest first
 */
public record TermijnOverzicht(List<Week> weken, List<Signalering> signaleringen) {

    /** Weeks before the current one (with it, the last eight weeks). */
    public static final int WEKEN_TERUG = 7;

    public static final int WEKEN_VOORUIT = 2;

    public TermijnOverzicht {
        weken = List.copyOf(weken);
        signaleringen = List.copyOf(signaleringen);
    }

    /**
     * A melding's VB term as the overview counts it.
     *
     * @param afgerondOp the Dutch date the besluit took effect, or {@code null} while there is none
     */
    public record Termijn(
            UUID zaakId, LocalDate uiterlijk, @Nullable LocalDate afgerondOp, boolean acuut) {}

    /**
     * The figures of one ISO week of the deadline.
     *
     * @param verwacht VBs whose deadline falls in the week
     * @param opTijd done with a besluit on or before the deadline
     * @param teLaatAfgerond done with a besluit after the deadline
     * @param openTeLaat no besluit, deadline passed
     * @param bijnaTeLaat no besluit, deadline today or on the next working day
     */
    public record Week(
            int jaar,
            int week,
            LocalDate maandag,
            int verwacht,
            int opTijd,
            int teLaatAfgerond,
            int openTeLaat,
            int bijnaTeLaat) {}

    /**
     * An open melding that is late or nearly late.
     *
     * @param werkdagenTeLaat working days past the deadline (0 when nearly late)
     */
    public record Signalering(UUID zaakId, LocalDate uiterlijk, int werkdagenTeLaat, boolean bijna, boolean acuut) {}

    /** The first day (Monday) of the first week shown. */
    public static LocalDate van(LocalDate today) {
        return maandag(today).minusWeeks(WEKEN_TERUG);
    }

    /** The last day (Sunday) of the last week shown. */
    public static LocalDate tot(LocalDate today) {
        return maandag(today).plusWeeks(WEKEN_VOORUIT).plusDays(6);
    }

    public static TermijnOverzicht van(Collection<Termijn> termijnen, LocalDate today, Werkdagkalender kalender) {
        LocalDate volgendeWerkdag = kalender.werkdagenNa(today, 1);
        List<Week> weken = new ArrayList<>();
        for (LocalDate maandag = van(today); !maandag.isAfter(tot(today)); maandag = maandag.plusWeeks(1)) {
            LocalDate zondag = maandag.plusDays(6);
            LocalDate m = maandag;
            List<Termijn> inWeek = termijnen.stream()
                    .filter(t -> !t.uiterlijk().isBefore(m) && !t.uiterlijk().isAfter(zondag))
                    .toList();
            weken.add(new Week(
                    maandag.get(IsoFields.WEEK_BASED_YEAR),
                    maandag.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                    maandag,
                    inWeek.size(),
                    (int) inWeek.stream().filter(TermijnOverzicht::opTijd).count(),
                    (int) inWeek.stream()
                            .filter(TermijnOverzicht::teLaatAfgerond)
                            .count(),
                    (int) inWeek.stream().filter(t -> openTeLaat(t, today)).count(),
                    (int) inWeek.stream()
                            .filter(t -> bijnaTeLaat(t, today, volgendeWerkdag))
                            .count()));
        }
        List<Signalering> signaleringen = termijnen.stream()
                .filter(t -> openTeLaat(t, today) || bijnaTeLaat(t, today, volgendeWerkdag))
                .map(t -> new Signalering(
                        t.zaakId(),
                        t.uiterlijk(),
                        Math.max(0, kalender.werkdagenTussen(t.uiterlijk(), today)),
                        !openTeLaat(t, today),
                        t.acuut()))
                .sorted(Comparator.comparing(Signalering::uiterlijk))
                .toList();
        return new TermijnOverzicht(weken, signaleringen);
    }

    private static LocalDate maandag(LocalDate dag) {
        return dag.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static boolean opTijd(Termijn t) {
        return t.afgerondOp() != null && !t.afgerondOp().isAfter(t.uiterlijk());
    }

    private static boolean teLaatAfgerond(Termijn t) {
        return t.afgerondOp() != null && t.afgerondOp().isAfter(t.uiterlijk());
    }

    private static boolean openTeLaat(Termijn t, LocalDate today) {
        return t.afgerondOp() == null && today.isAfter(t.uiterlijk());
    }

    private static boolean bijnaTeLaat(Termijn t, LocalDate today, LocalDate volgendeWerkdag) {
        return t.afgerondOp() == null
                && (t.uiterlijk().equals(today) || t.uiterlijk().equals(volgendeWerkdag));
    }
}
