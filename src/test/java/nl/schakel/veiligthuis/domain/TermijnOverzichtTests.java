package nl.schakel.veiligthuis.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.shared.kalender.Werkdagkalender;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The teamleider's view of the VB term (rule 33): figures per ISO week of the deadline and the late list. */
class TermijnOverzichtTests {

    /** Wednesday 13 May 2026, the day before Hemelvaartsdag: the next working day is Monday 18 May. */
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 13);

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private static TermijnOverzicht.Termijn t(UUID id, LocalDate uiterlijk, @Nullable LocalDate afgerond) {
        return new TermijnOverzicht.Termijn(id, uiterlijk, afgerond, false);
    }

    @Test
    void rule33_theWeeklyFiguresAndTheLateListOfASeededRegion() {
        UUID lang = UUID.randomUUID();
        UUID vorigeWeek = UUID.randomUUID();
        UUID vandaag = UUID.randomUUID();
        UUID naHemelvaart = UUID.randomUUID();
        List<TermijnOverzicht.Termijn> termijnen = List.of(
                t(lang, d(3, 20), null), // open, long before the weeks shown
                t(UUID.randomUUID(), d(4, 28), d(4, 28)), // in time, on the last day
                t(UUID.randomUUID(), d(4, 28), d(4, 30)), // late
                t(vorigeWeek, d(5, 8), null), // open and late
                t(vandaag, d(5, 13), null), // nearly late: today
                t(UUID.randomUUID(), d(5, 12), d(5, 11)), // in time
                t(naHemelvaart, d(5, 18), null), // nearly late: the next working day after Hemelvaart
                t(UUID.randomUUID(), d(5, 19), null), // open, in time
                t(UUID.randomUUID(), d(6, 1), null)); // after the weeks shown

        TermijnOverzicht overzicht = TermijnOverzicht.van(termijnen, TODAY, Werkdagkalender.standaard());

        assertThat(overzicht.weken()).hasSize(10);
        assertThat(overzicht.weken().getFirst().week()).isEqualTo(13);
        assertThat(overzicht.weken().getFirst().maandag()).isEqualTo(d(3, 23));
        assertThat(overzicht.weken().getLast().week()).isEqualTo(22);
        assertThat(overzicht.weken())
                .filteredOn(w -> w.verwacht() > 0)
                .containsExactly(
                        new TermijnOverzicht.Week(2026, 18, d(4, 27), 2, 1, 1, 0, 0),
                        new TermijnOverzicht.Week(2026, 19, d(5, 4), 1, 0, 0, 1, 0),
                        new TermijnOverzicht.Week(2026, 20, d(5, 11), 2, 1, 0, 0, 1),
                        new TermijnOverzicht.Week(2026, 21, d(5, 18), 2, 0, 0, 0, 1));

        // working days late: 8 May to 13 May is 11, 12, 13 May; since 20 March 34 (Goede Vrijdag, Tweede Paasdag,
        // Koningsdag and 5 mei do not count)
        assertThat(overzicht.signaleringen())
                .containsExactly(
                        new TermijnOverzicht.Signalering(lang, d(3, 20), 34, false, false),
                        new TermijnOverzicht.Signalering(vorigeWeek, d(5, 8), 3, false, false),
                        new TermijnOverzicht.Signalering(vandaag, d(5, 13), 0, true, false),
                        new TermijnOverzicht.Signalering(naHemelvaart, d(5, 18), 0, true, false));
    }

    @Test
    void rule33_theWeeksShownAreTheLastEightAndTheNextTwo() {
        assertThat(TermijnOverzicht.van(TODAY)).isEqualTo(d(3, 23));
        assertThat(TermijnOverzicht.tot(TODAY)).isEqualTo(d(5, 31));
        // across the turn of the year: ISO week 1 of 2027 starts on Monday 4 January 2027
        TermijnOverzicht jaarwisseling =
                TermijnOverzicht.van(List.of(), LocalDate.of(2027, 1, 6), Werkdagkalender.standaard());
        assertThat(jaarwisseling.weken().getFirst())
                .isEqualTo(new TermijnOverzicht.Week(2026, 47, d(11, 16), 0, 0, 0, 0, 0));
        assertThat(jaarwisseling.weken().getLast().jaar()).isEqualTo(2027);
        assertThat(jaarwisseling.weken().getLast().week()).isEqualTo(3);
    }
}
