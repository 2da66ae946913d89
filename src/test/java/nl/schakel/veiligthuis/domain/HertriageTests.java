package nl.schakel.veiligthuis.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.schakel.shared.kalender.Werkdagkalender;
import org.junit.jupiter.api.Test;

/** Safety while waiting (issue 4): a melding is flagged for re-triage after more than N working days without a check. */
class HertriageTests {

    private final Hertriage hertriage = new Hertriage(Werkdagkalender.standaard(), 2);

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @Test
    void retriage_exactlyNWorkingDaysWithoutACheckIsNotFlaggedNPlusOneIs() {
        // received Monday 23 November, never checked: Tuesday and Wednesday are two working days
        assertThat(hertriage.werkdagenZonderCheck(d(11, 23), null, d(11, 25))).isEqualTo(2);
        assertThat(hertriage.nodig(d(11, 23), null, d(11, 25))).isFalse();
        assertThat(hertriage.nodig(d(11, 23), null, d(11, 26))).isTrue();
        // the day of receipt itself does not count
        assertThat(hertriage.werkdagenZonderCheck(d(11, 23), null, d(11, 23))).isZero();
    }

    @Test
    void retriage_countsFromTheLastSafetyCheckNotFromReceipt() {
        // received 16 November, checked on Wednesday 25 November
        assertThat(hertriage.nodig(d(11, 16), null, d(11, 27))).isTrue();
        assertThat(hertriage.nodig(d(11, 16), d(11, 25), d(11, 27))).isFalse();
        assertThat(hertriage.nodig(d(11, 16), d(11, 25), d(11, 30))).isTrue();
    }

    @Test
    void retriage_aWeekendDoesNotCount() {
        // checked Thursday 26 November: Friday and Monday are two working days, Saturday and Sunday none
        assertThat(hertriage.werkdagenZonderCheck(d(11, 10), d(11, 26), d(11, 29)))
                .isEqualTo(1);
        assertThat(hertriage.nodig(d(11, 10), d(11, 26), d(11, 30))).isFalse();
        assertThat(hertriage.nodig(d(11, 10), d(11, 26), d(12, 1))).isTrue();
    }

    @Test
    void retriage_aHolidayDoesNotCount() {
        // Koningsdag Monday 27 April 2026: checked Friday 24 April, then Tuesday and Wednesday are the two days
        assertThat(hertriage.werkdagenZonderCheck(d(4, 20), d(4, 24), d(4, 28))).isEqualTo(1);
        assertThat(hertriage.nodig(d(4, 20), d(4, 24), d(4, 29))).isFalse();
        assertThat(hertriage.nodig(d(4, 20), d(4, 24), d(4, 30))).isTrue();
        // Hemelvaartsdag 14 May and the Friday after it: received Wednesday 13 May, flagged only on Wednesday 20 May
        assertThat(hertriage.nodig(d(5, 13), null, d(5, 19))).isFalse();
        assertThat(hertriage.nodig(d(5, 13), null, d(5, 20))).isTrue();
    }

    @Test
    void retriage_theNumberOfWorkingDaysIsASetting() {
        Hertriage strenger = new Hertriage(Werkdagkalender.standaard(), 0);
        assertThat(strenger.nodig(d(11, 23), null, d(11, 23))).isFalse();
        assertThat(strenger.nodig(d(11, 23), null, d(11, 24))).isTrue();
    }
}
