package nl.schakel.shared.kalender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The working days of the Algemene termijnenwet, checked day by day for 2025 to 2027, on the two decrees in force since
 * 2023 (as migration V4_3 ships them); the rule for the years no decree covers; the calendar asks its source at every
 * question.
 */
class WerkdagkalenderTests {

    static final String BESLUIT_2023 = "Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december"
            + " 2024 en 30 mei 2025 met een algemeen erkende feestdag";
    static final String BESLUIT_2026 = "Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april"
            + " 2028 en 26 mei 2028 met een algemeen erkende feestdag";

    /** The ten days of the two decrees, 2023–2028. */
    static final List<Gelijkstelling> BESLUITDAGEN = List.of(
            new Gelijkstelling(LocalDate.of(2023, 4, 28), BESLUIT_2023),
            new Gelijkstelling(LocalDate.of(2023, 5, 19), BESLUIT_2023),
            new Gelijkstelling(LocalDate.of(2024, 5, 10), BESLUIT_2023),
            new Gelijkstelling(LocalDate.of(2024, 12, 27), BESLUIT_2023),
            new Gelijkstelling(LocalDate.of(2025, 5, 30), BESLUIT_2023),
            new Gelijkstelling(LocalDate.of(2026, 1, 2), BESLUIT_2026),
            new Gelijkstelling(LocalDate.of(2026, 5, 15), BESLUIT_2026),
            new Gelijkstelling(LocalDate.of(2027, 5, 7), BESLUIT_2026),
            new Gelijkstelling(LocalDate.of(2028, 4, 28), BESLUIT_2026),
            new Gelijkstelling(LocalDate.of(2028, 5, 26), BESLUIT_2026));

    private final Werkdagkalender kalender = Werkdagkalender.van(Gelijkstellingen.van(BESLUITDAGEN, 10));

    /**
     * Every holiday and equated day of 2025–2027 with its name: the law's holidays as published (Rijksoverheid) and the
     * decrees' days (2 January 2026 among them).
     */
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
            Map.entry(LocalDate.of(2026, 1, 2), Feestdag.GELIJKGESTELD),
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
        assertThat(werkdagen(2026)).isEqualTo(261 - 10);
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
        "2025-12-24, 2026-01-06", // Christmas, the weekend, Nieuwjaarsdag and 2 January 2026 (decree)
        "2025-12-27, 2026-01-06", // a Saturday: the same five working days
        "2028-04-25, 2028-05-04", // Koningsdag 2028 on a Thursday and the Friday after it (decree)
        "2028-04-26, 2028-05-08", // the same, and Bevrijdingsdag on the Friday after
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
    void equatedDaysAreDataAndAYearWithADecreeCountsOnlyTheDecreesDays() {
        Werkdagkalender ander = Werkdagkalender.van(
                Gelijkstellingen.van(List.of(new Gelijkstelling(LocalDate.of(2026, 12, 24), "Testbesluit")), 1));
        assertThat(ander.isWerkdag(LocalDate.of(2026, 5, 15))).isTrue();
        assertThat(ander.isWerkdag(LocalDate.of(2026, 1, 2))).isTrue();
        assertThat(ander.vrijeDag(LocalDate.of(2026, 12, 24)))
                .contains(
                        new VrijeDag(LocalDate.of(2026, 12, 24), Feestdag.GELIJKGESTELD, Bron.BESLUIT, "Testbesluit"));
        assertThat(ander.werkdagenNa(LocalDate.of(2026, 12, 23), 1)).isEqualTo(LocalDate.of(2026, 12, 28));
        // 2027 has no decree in this list: the rule's Friday after Hemelvaartsdag, expected
        assertThat(ander.vrijeDag(LocalDate.of(2027, 5, 7)))
                .contains(new VrijeDag(LocalDate.of(2027, 5, 7), Feestdag.GELIJKGESTELD, Bron.VERWACHT, null));
        assertThatThrownBy(() -> kalender.werkdagenNa(LocalDate.of(2026, 1, 5), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(kalender.werkdagenNa(LocalDate.of(2026, 1, 5), 0)).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void theSourceOfADayIsTheLawADecreeOrTheRule() {
        assertThat(kalender.vrijeDag(LocalDate.of(2026, 1, 1)))
                .contains(new VrijeDag(LocalDate.of(2026, 1, 1), Feestdag.NIEUWJAARSDAG, Bron.WET, null));
        assertThat(kalender.vrijeDag(LocalDate.of(2026, 4, 3)))
                .contains(new VrijeDag(LocalDate.of(2026, 4, 3), Feestdag.GOEDE_VRIJDAG, Bron.WET, null));
        assertThat(kalender.vrijeDag(LocalDate.of(2026, 1, 2)))
                .contains(new VrijeDag(LocalDate.of(2026, 1, 2), Feestdag.GELIJKGESTELD, Bron.BESLUIT, BESLUIT_2026));
        assertThat(kalender.vrijeDag(LocalDate.of(2026, 1, 5))).isEmpty();
        assertThat(kalender.vrijeDagen(2026))
                .extracting(VrijeDag::dag)
                .containsExactly(
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 1, 2),
                        LocalDate.of(2026, 4, 3),
                        LocalDate.of(2026, 4, 6),
                        LocalDate.of(2026, 4, 27),
                        LocalDate.of(2026, 5, 5),
                        LocalDate.of(2026, 5, 14),
                        LocalDate.of(2026, 5, 15),
                        LocalDate.of(2026, 5, 25),
                        LocalDate.of(2026, 12, 25),
                        LocalDate.of(2026, 12, 26));
    }

    /** The rule the decrees follow since 2023 gives exactly the ten days of the decrees of 2023–2025 and 2026–2028. */
    @Test
    void theRuleReproducesAllTenDecreeDaysOf2023To2028() {
        List<LocalDate> regel = new ArrayList<>();
        for (int jaar = 2023; jaar <= 2028; jaar++) {
            regel.addAll(Gelijkstellingsregel.dagen(jaar));
        }
        assertThat(regel)
                .containsExactlyElementsOf(
                        BESLUITDAGEN.stream().map(Gelijkstelling::dag).sorted().toList());
        Werkdagkalender zonderBesluit = Werkdagkalender.standaard();
        for (Gelijkstelling g : BESLUITDAGEN) {
            assertThat(zonderBesluit.vrijeDag(g.dag()))
                    .contains(new VrijeDag(g.dag(), Feestdag.GELIJKGESTELD, Bron.VERWACHT, null));
        }
    }

    /** No decree covers 2029–2031 yet: the rule's days, each marked expected. */
    @Test
    void theRuleGivesTheExpectedDaysOf2029To2031() {
        List<VrijeDag> verwacht = List.of(
                // Hemelvaartsdag Thursday 10 May 2029
                new VrijeDag(LocalDate.of(2029, 5, 11), Feestdag.GELIJKGESTELD, Bron.VERWACHT, null),
                // Hemelvaartsdag Thursday 30 May 2030
                new VrijeDag(LocalDate.of(2030, 5, 31), Feestdag.GELIJKGESTELD, Bron.VERWACHT, null),
                // Tweede Kerstdag on Thursday 26 December 2030
                new VrijeDag(LocalDate.of(2030, 12, 27), Feestdag.GELIJKGESTELD, Bron.VERWACHT, null),
                // Hemelvaartsdag Thursday 22 May 2031
                new VrijeDag(LocalDate.of(2031, 5, 23), Feestdag.GELIJKGESTELD, Bron.VERWACHT, null));
        List<VrijeDag> gelijkgesteld = new ArrayList<>();
        for (int jaar = 2029; jaar <= 2031; jaar++) {
            kalender.vrijeDagen(jaar).stream()
                    .filter(d -> d.feestdag() == Feestdag.GELIJKGESTELD)
                    .forEach(gelijkgesteld::add);
        }
        assertThat(gelijkgesteld).containsExactlyElementsOf(verwacht);
        assertThat(kalender.isWerkdag(LocalDate.of(2030, 12, 27))).isFalse();
        // Nieuwjaarsdag 2030 is a Tuesday: the Monday before is not in the rule (nor in the decrees since 2023)
        assertThat(kalender.isWerkdag(LocalDate.of(2029, 12, 31))).isTrue();
    }

    @Test
    void theCalendarAsksItsSourceAtEveryQuestion() {
        AtomicReference<Gelijkstellingen> lijst = new AtomicReference<>(Gelijkstellingen.van(List.of(), 0));
        Werkdagkalender levend = new Werkdagkalender(lijst::get);
        assertThat(levend.werkdagenNa(LocalDate.of(2025, 12, 24), 5)).isEqualTo(LocalDate.of(2026, 1, 6));
        lijst.set(Gelijkstellingen.van(List.of(new Gelijkstelling(LocalDate.of(2026, 5, 15), "Alleen mei")), 1));
        assertThat(levend.werkdagenNa(LocalDate.of(2025, 12, 24), 5)).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(levend.versie()).isEqualTo(1);
    }

    @Test
    void workingDaysBetweenCountsTheWorkingDaysAfterTheFirstUpToTheSecond() {
        // Wed 24 Dec 2025 → Mon 5 Jan 2026: 25, 26 Dec, 1 and 2 Jan are off, and two weekends → 29, 30, 31 Dec, 5 Jan
        assertThat(kalender.werkdagenTussen(LocalDate.of(2025, 12, 24), LocalDate.of(2026, 1, 5)))
                .isEqualTo(4);
        assertThat(kalender.werkdagenTussen(LocalDate.of(2026, 1, 5), LocalDate.of(2025, 12, 24)))
                .isEqualTo(-4);
        assertThat(kalender.werkdagenTussen(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 2)))
                .isZero();
        for (LocalDate d = LocalDate.of(2025, 1, 1); d.getYear() < 2028; d = d.plusDays(1)) {
            assertThat(kalender.werkdagenTussen(d, kalender.werkdagenNa(d, 5))).isEqualTo(5);
        }
    }
}
