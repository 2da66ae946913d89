package nl.schakel.shared.kalender;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the working-day calendar (ADR-0041) over the years a date can be entered in (1900 to 9999) and with a random
 * list of decree days: a term of n working days ends on a working day after the start (or on the start for n = 0),
 * exactly n working days later; counting back gives minus that; weekends and the holidays of the law are never
 * working days; a decree day is never one either.
 */
class WerkdagkalenderFuzzTests {

    private static final long FIRST = LocalDate.of(1900, 1, 1).toEpochDay();
    private static final long LAST = LocalDate.of(9999, 12, 31).toEpochDay() - 800;

    @FuzzTest
    void aTermEndsOnAWorkingDayExactlyThatManyWorkingDaysLater(FuzzedDataProvider data) {
        LocalDate start = LocalDate.ofEpochDay(data.consumeLong(FIRST, LAST));
        int aantal = data.consumeInt(0, 400);
        List<Gelijkstelling> dagen = new ArrayList<>();
        int decrees = data.consumeInt(0, 5);
        for (int i = 0; i < decrees; i++) {
            dagen.add(new Gelijkstelling(start.plusDays(data.consumeInt(0, 600)), "Besluit " + i));
        }
        Werkdagkalender kalender = Werkdagkalender.van(Gelijkstellingen.van(dagen, 1));

        LocalDate einde = kalender.werkdagenNa(start, aantal);

        if (aantal == 0) {
            assertThat(einde).isEqualTo(start);
        } else {
            assertThat(einde).isAfter(start);
            assertThat(kalender.isWerkdag(einde))
                    .as("%s + %d working days = %s", start, aantal, einde)
                    .isTrue();
        }
        assertThat(kalender.werkdagenTussen(start, einde)).isEqualTo(aantal);
        assertThat(kalender.werkdagenTussen(einde, start)).isEqualTo(-aantal);
        for (LocalDate d = start; !d.isAfter(einde); d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (weekend || Werkdagkalender.wettelijkeFeestdag(d).isPresent()) {
                assertThat(kalender.isWerkdag(d)).as("%s", d).isFalse();
            }
            if (kalender.vrijeDag(d).isPresent()) {
                assertThat(kalender.isWerkdag(d)).as("%s", d).isFalse();
            }
        }
        for (Gelijkstelling dag : dagen) {
            assertThat(kalender.isWerkdag(dag.dag()))
                    .as("decree day %s", dag.dag())
                    .isFalse();
        }
    }
}
