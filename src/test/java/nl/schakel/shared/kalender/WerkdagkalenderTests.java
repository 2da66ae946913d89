package nl.schakel.shared.kalender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The working days of the Algemene termijnenwet, checked day by day for 2025 to 2027. */
class WerkdagkalenderTests {

    private final Werkdagkalender kalender = Werkdagkalender.standaard();

    /** Every holiday and equated day of 2025–2027, as published (Rijksoverheid), with its name. */
    private static final Map<LocalDate, Feestdag> FEESTDAGEN = new TreeMap<>(Map.ofEntries(
            Map.entry(LocalDate.of(2025, 1, 1), Feestdag.NIEUWJAARSDAG),
            Map.entry(LocalDate.of(2025, 4, 18), Feestdag.GOEDE_VRIJDAG),
            Map.entry(LocalDate.of(2025, 4, 21), Feestdag.TWEEDE_PAASDAG),
            Map.entry(LocalDate.of(2025, 4, 26), Feestdag.KONINGSDAG),
            Map.entry(LocalDate.of(2025, 5, 5), Feestdag.BEVRIJDINGSDAG),
            Map.entry(LocalDate.of(2025, 5, 29), Feestdag.HEMELVAARTSDAG),
            Map.entry(LocalDate.of(2025, 5, 30), Feestdag.GELIJKGESTELD),
            Map.entry(LocalDate.of(2025, 6, 9), Feestdag.TWEEDE_PINKSTERDAG),
            Map.entry(LocalDate.of(2025, 12, 25), Feestdag.EERSTE_KERSTDAG),
            Map.entry(LocalDate.of(2025, 12, 26), Feestdag.TWEEDE_KERSTDAG),
            Map.entry(LocalDate.of(2026, 1, 1), Feestdag.NIEUWJAARSDAG),
            Map.entry(LocalDate.of(2026, 4, 3), Feestdag.GOEDE_VRIJDAG),
            Map.entry(LocalDate.of(2026, 4, 6), Feestdag.TWEEDE_PAASDAG),
            Map.entry(LocalDate.of(2026, 4, 27), Feestdag.KONINGSDAG),
            Map.entry(LocalDate.of(2026, 5, 5), Feestdag.BEVRIJDINGSDAG),
            Map.entry(LocalDate.of(2026, 5, 14), Feestdag.HEMELVAARTSDAG),
            Map.entry(LocalDate.of(2026, 5, 15), Feestdag.GELIJKGESTELD),
            Map.entry(LocalDate.of(2026, 5, 25), Feestdag.TWEEDE_PINKSTERDAG),
            Map.entry(LocalDate.of(2026, 12, 25), Feestdag.EERSTE_KERSTDAG),
            Map.entry(LocalDate.of(2026, 12, 26), Feestdag.TWEEDE_KERSTDAG),
            Map.entry(LocalDate.of(2027, 1, 1), Feestdag.NIEUWJAARSDAG),
            Map.entry(LocalDate.of(2027, 3, 26), Feestdag.GOEDE_VRIJDAG),
            Map.entry(LocalDate.of(2027, 3, 29), Feestdag.TWEEDE_PAASDAG),
            Map.entry(LocalDate.of(2027, 4, 27), Feestdag.KONINGSDAG),
            Map.entry(LocalDate.of(2027, 5, 5), Feestdag.BEVRIJDINGSDAG),
            Map.entry(LocalDate.of(2027, 5, 6), Feestdag.HEMELVAARTSDAG),
            Map.entry(LocalDate.of(2027, 5, 7), Feestdag.GELIJKGESTELD),
            Map.entry(LocalDate.of(2027, 5, 17), Feestdag.TWEEDE_PINKSTERDAG),
            Map.entry(LocalDate.of(2027, 12, 25), Feestdag.EERSTE_KERSTDAG),
            Map.entry(LocalDate.of(2027, 12, 26), Feestdag.TWEEDE_KERSTDAG)));

    @Test
    void everyDayOf2025To2027IsAWorkingDayExactlyWhenItIsAWeekdayAndNoHoliday() {
        for (LocalDate d = LocalDate.of(2025, 1, 1); d.getYear() <= 2027; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            assertThat(kalender.feestdag(d))
                    .as(d.toString())
                    .isEqualTo(java.util.Optional.ofNullable(FEESTDAGEN.get(d)));
            assertThat(kalender.isWerkdag(d)).as(d.toString()).isEqualTo(!weekend && !FEESTDAGEN.containsKey(d));
        }
    }

    @Test
    void theYearsHaveTheWorkingDaysTheyShouldHave() {
        assertThat(werkdagen(2025)).isEqualTo(261 - 9);
        assertThat(werkdagen(2026)).isEqualTo(261 - 9);
        assertThat(werkdagen(2027)).isEqualTo(261 - 8);
    }

    private long werkdagen(int jaar) {
        return LocalDate.of(jaar, 1, 1)
                .datesUntil(LocalDate.of(jaar + 1, 1, 1))
                .filter(kalender::isWerkdag)
                .count();
    }

    @Test
    void koningsdagMovesToTheSaturdayWhenThe27thIsASunday() {
        assertThat(LocalDate.of(2025, 4, 27).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(Werkdagkalender.koningsdag(2025)).isEqualTo(LocalDate.of(2025, 4, 26));
        assertThat(kalender.feestdag(LocalDate.of(2025, 4, 27))).isEmpty();
        assertThat(LocalDate.of(2031, 4, 27).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(kalender.feestdag(LocalDate.of(2031, 4, 26))).contains(Feestdag.KONINGSDAG);
        assertThat(Werkdagkalender.koningsdag(2026)).isEqualTo(LocalDate.of(2026, 4, 27));
    }

    @Test
    void easterFollowsTheGregorianComputus() {
        assertThat(Werkdagkalender.eerstePaasdag(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Werkdagkalender.eerstePaasdag(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(Werkdagkalender.eerstePaasdag(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(Werkdagkalender.eerstePaasdag(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(Werkdagkalender.eerstePaasdag(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    /** Five working days after the day of receipt (the day itself not counted), around holidays and weekends. */
    @ParameterizedTest(name = "received {0} → {1}")
    @CsvSource({
        "2026-11-23, 2026-11-30", // an ordinary Monday
        "2026-11-28, 2026-12-04", // a Saturday: counting starts on Monday
        "2026-05-08, 2026-05-19", // Friday before Hemelvaartsdag and the Friday after it
        "2025-12-24, 2026-01-05", // Christmas, the weekend and Nieuwjaarsdag
        "2025-04-19, 2025-04-28", // Saturday before Easter: Eerste and Tweede Paasdag, then Koningsdag on a Saturday
        "2027-04-22, 2027-04-30", // Koningsdag on a Tuesday
        "2027-04-30, 2027-05-12", // Bevrijdingsdag, Hemelvaartsdag and the Friday after in one week
        "2027-12-24, 2027-12-31", // Christmas on the weekend: no working day lost
        "2026-12-24, 2027-01-04", // Tweede Kerstdag on a Saturday, Nieuwjaarsdag on a Friday
    })
    void fiveWorkingDaysAfterReceipt(LocalDate ontvangen, LocalDate uiterlijk) {
        assertThat(kalender.werkdagenNa(ontvangen, 5)).isEqualTo(uiterlijk);
        assertThat(kalender.isWerkdag(uiterlijk)).isTrue();
    }

    @Test
    void equatedDaysAreData() {
        Werkdagkalender zonderVrijdag = new Werkdagkalender(false, Set.of(LocalDate.of(2026, 12, 24)));
        assertThat(zonderVrijdag.isWerkdag(LocalDate.of(2026, 5, 15))).isTrue();
        assertThat(zonderVrijdag.feestdag(LocalDate.of(2026, 12, 24))).contains(Feestdag.GELIJKGESTELD);
        assertThat(zonderVrijdag.werkdagenNa(LocalDate.of(2026, 12, 23), 1)).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThatThrownBy(() -> kalender.werkdagenNa(LocalDate.of(2026, 1, 5), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(kalender.werkdagenNa(LocalDate.of(2026, 1, 5), 0)).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void workingDaysBetweenCountsTheWorkingDaysAfterTheFirstUpToTheSecond() {
        // Wed 24 Dec 2025 → Fri 2 Jan 2026: 25, 26 Dec and 1 Jan are holidays, 27/28 Dec weekend → 29, 30, 31 Dec, 2
        // Jan
        assertThat(kalender.werkdagenTussen(LocalDate.of(2025, 12, 24), LocalDate.of(2026, 1, 2)))
                .isEqualTo(4);
        assertThat(kalender.werkdagenTussen(LocalDate.of(2026, 1, 2), LocalDate.of(2025, 12, 24)))
                .isEqualTo(-4);
        assertThat(kalender.werkdagenTussen(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 2)))
                .isZero();
        for (LocalDate d = LocalDate.of(2025, 1, 1); d.getYear() < 2028; d = d.plusDays(1)) {
            assertThat(kalender.werkdagenTussen(d, kalender.werkdagenNa(d, 5))).isEqualTo(5);
        }
    }
}
