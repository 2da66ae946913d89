package nl.schakel.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.schakel.organisation.ScholingStatus.Stand;
import nl.schakel.shared.Role;
import org.junit.jupiter.api.Test;

/** When a training is valid, due soon or expired, and when the daily job sends a reminder. */
class ScholingsregelTests {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 5);

    @Test
    void withoutATrainingTheStatusIsNone() {
        assertThat(Scholingsregel.status(List.of(), 24, VANDAAG)).isEqualTo(ScholingStatus.geen());
    }

    @Test
    void aTrainingIsValidUpToTheDayBeforeTheSameDateTheIntervalLater() {
        ScholingStatus status = Scholingsregel.status(List.of(LocalDate.of(2026, 3, 1)), 24, VANDAAG);

        assertThat(status.stand()).isEqualTo(Stand.GELDIG);
        assertThat(status.laatstGevolgd()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(status.geldigTot()).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void theLatestTrainingCountsAndOneInTheFutureDoesNot() {
        ScholingStatus status = Scholingsregel.status(
                List.of(LocalDate.of(2024, 1, 10), LocalDate.of(2025, 6, 1), LocalDate.of(2027, 1, 1)), 12, VANDAAG);

        assertThat(status.laatstGevolgd()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(status.stand()).isEqualTo(Stand.VERLOPEN);
    }

    @Test
    void itIsDueSoonFromThirtyDaysBeforeExpiryUpToTheLastValidDay() {
        // valid through 4 January 2027: due soon from 6 December 2026 (30 days including the last day)
        List<LocalDate> gevolgd = List.of(LocalDate.of(2025, 1, 5));

        assertThat(Scholingsregel.status(gevolgd, 24, LocalDate.of(2026, 12, 5)).stand())
                .isEqualTo(Stand.GELDIG);
        assertThat(Scholingsregel.status(gevolgd, 24, LocalDate.of(2026, 12, 6)).stand())
                .isEqualTo(Stand.VERLOOPT_BINNENKORT);
        assertThat(Scholingsregel.status(gevolgd, 24, LocalDate.of(2027, 1, 4)).stand())
                .isEqualTo(Stand.VERLOOPT_BINNENKORT);
        assertThat(Scholingsregel.status(gevolgd, 24, LocalDate.of(2027, 1, 5)).stand())
                .isEqualTo(Stand.VERLOPEN);
    }

    @Test
    void aRoleWithoutRefreshIntervalKeepsItsTrainingValid() {
        ScholingStatus status = Scholingsregel.status(List.of(LocalDate.of(2010, 5, 1)), 0, VANDAAG);

        assertThat(status.stand()).isEqualTo(Stand.GELDIG);
        assertThat(status.geldigTot()).isNull();
        assertThat(status.vraagtAandacht()).isFalse();
    }

    @Test
    void theDefaultIntervalsAreTwoYearsForABeroepskrachtAndOneForTheAandachtsfunctionaris() {
        assertThat(Scholingsregel.standaardMaanden(Role.BEROEPSKRACHT)).isEqualTo(24);
        assertThat(Scholingsregel.standaardMaanden(Role.AANDACHTSFUNCTIONARIS)).isEqualTo(12);
        assertThat(Scholingsregel.standaardMaanden(Role.BEHEERDER)).isZero();
    }

    @Test
    void aReminderIsDueOncePerExpiryDate() {
        ScholingStatus binnenkort =
                new ScholingStatus(Stand.VERLOOPT_BINNENKORT, LocalDate.of(2025, 1, 5), LocalDate.of(2027, 1, 4));

        assertThat(Scholingsregel.herinneringNodig(binnenkort, false, false, true))
                .isTrue();
        assertThat(Scholingsregel.herinneringNodig(binnenkort, true, true, true))
                .isFalse();
    }

    @Test
    void aReminderWhoseEmailDidNotGoIsSentOnceItCan() {
        ScholingStatus binnenkort =
                new ScholingStatus(Stand.VERLOOPT_BINNENKORT, LocalDate.of(2025, 1, 5), LocalDate.of(2027, 1, 4));

        assertThat(Scholingsregel.herinneringNodig(binnenkort, true, false, false))
                .as("still no address or e-mail off: nothing new to record")
                .isFalse();
        assertThat(Scholingsregel.herinneringNodig(binnenkort, true, false, true))
                .as("an address was added or e-mail switched on")
                .isTrue();
    }

    @Test
    void noReminderForAValidExpiredOrMissingTraining() {
        assertThat(Scholingsregel.herinneringNodig(
                        new ScholingStatus(Stand.GELDIG, VANDAAG, VANDAAG.plusYears(1)), false, false, true))
                .isFalse();
        assertThat(Scholingsregel.herinneringNodig(
                        new ScholingStatus(Stand.VERLOPEN, VANDAAG.minusYears(3), VANDAAG.minusYears(1)),
                        false,
                        false,
                        true))
                .isFalse();
        assertThat(Scholingsregel.herinneringNodig(ScholingStatus.geen(), false, false, true))
                .isFalse();
    }
}
