package nl.schakel.veiligthuis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rule 35: the ten-week term of an onderzoek, from a configured start point, on fixed dates. */
class OnderzoekTermijnTests {

    private static final LocalDate MELDING = LocalDate.of(2026, 3, 2);
    private static final LocalDate BESLUIT = LocalDate.of(2026, 3, 9);

    @Test
    void rule35_theTermEndsTenCalendarWeeksAfterTheBesluitByDefault() {
        assertThat(OnderzoekTermijn.uiterlijk(OnderzoekTermijn.Start.BESLUIT, BESLUIT, MELDING))
                .isEqualTo(LocalDate.of(2026, 5, 18));
    }

    @Test
    void rule35_configuredFromTheMeldingTheTermEndsTenWeeksAfterItsReceipt() {
        assertThat(OnderzoekTermijn.uiterlijk(OnderzoekTermijn.Start.MELDING, BESLUIT, MELDING))
                .isEqualTo(LocalDate.of(2026, 5, 11));
    }

    @Test
    void rule35_calendarWeeksCountHolidaysAndWeekends() {
        // 27 April (Koningsdag) and 14 May 2026 (Hemelvaartsdag) lie in the term and move nothing
        assertThat(OnderzoekTermijn.uiterlijk(LocalDate.of(2026, 4, 20))).isEqualTo(LocalDate.of(2026, 6, 29));
    }

    @Test
    void rule35_theTermRunsAcrossTheYearEnd() {
        assertThat(OnderzoekTermijn.uiterlijk(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2027, 2, 9));
        assertThat(OnderzoekTermijn.uiterlijk(LocalDate.of(2026, 11, 20))).isEqualTo(LocalDate.of(2027, 1, 29));
    }

    @Test
    void rule35_theTermAcrossAndFrom29February() {
        assertThat(OnderzoekTermijn.uiterlijk(LocalDate.of(2028, 1, 4))).isEqualTo(LocalDate.of(2028, 3, 14));
        assertThat(OnderzoekTermijn.uiterlijk(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2028, 5, 9));
        assertThat(OnderzoekTermijn.uiterlijk(LocalDate.of(2027, 12, 28))).isEqualTo(LocalDate.of(2028, 3, 7));
    }

    @Test
    void rule35_anOnderzoekPastItsLastDayIsOverdueAndListedFirst() {
        LocalDate vandaag = LocalDate.of(2026, 5, 20);
        UUID laat = UUID.randomUUID();
        UUID vandaagKlaar = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        List<OnderzoekTermijn.Open> lijst = OnderzoekTermijn.gesorteerd(List.of(
                OnderzoekTermijn.open(later, "C", LocalDate.of(2026, 6, 1), vandaag),
                OnderzoekTermijn.open(vandaagKlaar, "B", vandaag, vandaag),
                OnderzoekTermijn.open(laat, "A", LocalDate.of(2026, 5, 18), vandaag)));

        assertThat(lijst).extracting(OnderzoekTermijn.Open::zaakId).containsExactly(laat, vandaagKlaar, later);
        assertThat(lijst.get(0).teLaat()).isTrue();
        assertThat(lijst.get(0).dagenTeLaat()).isEqualTo(2);
        assertThat(lijst.get(1).teLaat()).isFalse();
        assertThat(lijst.get(1).dagenOver()).isZero();
        assertThat(lijst.get(2).dagenOver()).isEqualTo(12);
        assertThat(lijst.get(2).dagenTeLaat()).isZero();
    }

    @Test
    void theStartPointSettingIsReadInAnyCaseAndAnythingElseIsRefused() {
        assertThat(OnderzoekTermijn.Start.van(" melding ")).isEqualTo(OnderzoekTermijn.Start.MELDING);
        assertThat(OnderzoekTermijn.Start.van("BESLUIT")).isEqualTo(OnderzoekTermijn.Start.BESLUIT);
        assertThatThrownBy(() -> OnderzoekTermijn.Start.van("start"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("schakel.veilig-thuis.onderzoek-start");
    }
}
