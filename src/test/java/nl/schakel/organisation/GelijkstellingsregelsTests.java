package nl.schakel.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.schakel.organisation.Gelijkstellingswijziging.Actie;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.kalender.Gelijkstelling;
import org.junit.jupiter.api.Test;

/** Reading typed dates, the days a decree may equate, and the days that stand after additions and withdrawals. */
class GelijkstellingsregelsTests {

    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();

    @Test
    void datesAreReadAsDayMonthYearOrIso() {
        assertThat(Gelijkstellingsregels.datum("2-1-2026")).contains(LocalDate.of(2026, 1, 2));
        assertThat(Gelijkstellingsregels.datum(" 02/01/2026 ")).contains(LocalDate.of(2026, 1, 2));
        assertThat(Gelijkstellingsregels.datum("2.1.2026")).contains(LocalDate.of(2026, 1, 2));
        assertThat(Gelijkstellingsregels.datum("2026-01-02")).contains(LocalDate.of(2026, 1, 2));
        assertThat(Gelijkstellingsregels.datum("31-2-2026")).isEmpty();
        assertThat(Gelijkstellingsregels.datum("2-1-20226")).isEmpty();
        assertThat(Gelijkstellingsregels.datum("2-1-1900")).isEmpty();
        assertThat(Gelijkstellingsregels.datum("morgen")).isEmpty();
        assertThat(Gelijkstellingsregels.datum("")).isEmpty();
    }

    @Test
    void aListOfDatesIsReadInOrderWithoutDoublesAndRefusedWhenOneIsWrongOrNoneIsGiven() {
        assertThat(Gelijkstellingsregels.datums("15-5-2026\n2-1-2026, 2-1-2026;7-5-2027\r\n", "dagen"))
                .containsExactly(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 5, 15), LocalDate.of(2027, 5, 7));
        assertThatThrownBy(() -> Gelijkstellingsregels.datums("2-1-2026, 30-2-2026", "dagen"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("dagen", "kalender.fout.datum")));
        assertThatThrownBy(() -> Gelijkstellingsregels.datums(" \n, ", "dagen"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("dagen", "kalender.fout.geendag")));
    }

    @Test
    void aDecreeCannotEquateAWeekendDayAHolidayOfTheLawOrADayAlreadyEquated() {
        Set<LocalDate> al = Set.of(LocalDate.of(2026, 5, 15));
        assertThat(Gelijkstellingsregels.probleem(LocalDate.of(2026, 1, 3), al)).contains("kalender.fout.weekend");
        assertThat(Gelijkstellingsregels.probleem(LocalDate.of(2026, 4, 27), al))
                .contains("kalender.fout.feestdag");
        assertThat(Gelijkstellingsregels.probleem(LocalDate.of(2026, 4, 3), al)).contains("kalender.fout.feestdag");
        assertThat(Gelijkstellingsregels.probleem(LocalDate.of(2026, 5, 15), al))
                .contains("kalender.fout.albesluit");
        assertThat(Gelijkstellingsregels.probleem(LocalDate.of(2026, 1, 2), al)).isEmpty();
    }

    @Test
    void aDecreeNeedsANameAndAShortPlaceOfPublication() {
        assertThat(Gelijkstellingsregels.besluitProblemen(" ", "")).isEqualTo(Map.of("naam", "kalender.fout.naam"));
        assertThat(Gelijkstellingsregels.besluitProblemen("x".repeat(301), "x".repeat(201)))
                .containsOnlyKeys("naam", "vindplaats");
        assertThat(Gelijkstellingsregels.besluitProblemen("Besluit", "Stcrt. 2025, 1"))
                .isEmpty();
    }

    @Test
    void theLatestRowOfADayDecidesWhetherItStands() {
        List<Gelijkstellingswijziging> geschiedenis = List.of(
                rij(1, A, LocalDate.of(2026, 1, 2), Actie.TOEGEVOEGD),
                rij(2, A, LocalDate.of(2026, 5, 14), Actie.TOEGEVOEGD),
                rij(4, A, LocalDate.of(2026, 5, 15), Actie.TOEGEVOEGD),
                rij(3, A, LocalDate.of(2026, 5, 14), Actie.INGETROKKEN),
                rij(5, B, LocalDate.of(2029, 5, 11), Actie.TOEGEVOEGD),
                rij(6, B, LocalDate.of(2029, 5, 11), Actie.INGETROKKEN),
                rij(7, B, LocalDate.of(2029, 5, 11), Actie.TOEGEVOEGD));
        assertThat(Gelijkstellingsregels.geldend(geschiedenis))
                .isEqualTo(Map.of(
                        A, List.of(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 5, 15)),
                        B, List.of(LocalDate.of(2029, 5, 11))));
        Gelijkstellingsbesluit a = new Gelijkstellingsbesluit(A, "Besluit A", "Stcrt. 2025, 1", Instant.EPOCH, "p");
        Gelijkstellingsbesluit b = new Gelijkstellingsbesluit(B, "Besluit B", null, Instant.EPOCH, "p");
        assertThat(Gelijkstellingsregels.gelijkstellingen(List.of(a, b), geschiedenis))
                .containsExactlyInAnyOrder(
                        new Gelijkstelling(LocalDate.of(2026, 1, 2), "Besluit A (Stcrt. 2025, 1)"),
                        new Gelijkstelling(LocalDate.of(2026, 5, 15), "Besluit A (Stcrt. 2025, 1)"),
                        new Gelijkstelling(LocalDate.of(2029, 5, 11), "Besluit B"));
    }

    private static Gelijkstellingswijziging rij(long seq, UUID besluit, LocalDate dag, Actie actie) {
        return new Gelijkstellingswijziging(seq, besluit, dag, actie, null, Instant.EPOCH, "platform");
    }
}
