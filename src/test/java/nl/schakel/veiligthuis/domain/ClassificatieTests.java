package nl.schakel.veiligthuis.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.schakel.veiligthuis.domain.Classificatie.EerdereZaak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Rule 55: a new melding is new, a vervolgmelding in the phase of the open involvement, or a hermelding. */
class ClassificatieTests {

    private static final Instant EERDER = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-06-05T09:00:00Z");

    private static EerdereZaak zaak(ZaakStatus status, Instant ontvangen) {
        return new EerdereZaak(status, ontvangen);
    }

    @Test
    void rule55_withoutEarlierInvolvementAMeldingIsNew() {
        assertThat(Classificatie.van(List.of())).isEqualTo(Classificatie.NIEUW);
    }

    @ParameterizedTest
    @EnumSource(
            value = ZaakStatus.class,
            names = {"VEILIGHEIDSBEOORDELING", "BESLUIT_VOORGESTELD"})
    void rule55_duringAnOpenVeiligheidsbeoordelingItIsAVervolgmeldingInThatPhase(ZaakStatus open) {
        assertThat(Classificatie.van(List.of(zaak(open, EERDER))))
                .isEqualTo(Classificatie.VERVOLG_TIJDENS_VEILIGHEIDSBEOORDELING);
    }

    @ParameterizedTest
    @EnumSource(
            value = ZaakStatus.class,
            names = {
                "OVERDRACHT_NA_VEILIGHEIDSBEOORDELING",
                "VOORWAARDEN_EN_VERVOLG",
                "ONDERZOEK",
                "VERZOEK_RAAD",
                "OVERDRACHT"
            })
    void rule55_afterTheVeiligheidsbeoordelingItIsAVervolgmeldingAfterTheVb(ZaakStatus open) {
        assertThat(Classificatie.van(List.of(zaak(open, EERDER))))
                .isEqualTo(Classificatie.VERVOLG_NA_VEILIGHEIDSBEOORDELING);
    }

    @Test
    void rule55_duringMonitoringItIsAVervolgmeldingDuringMonitoring() {
        assertThat(Classificatie.van(List.of(zaak(ZaakStatus.MONITORING, EERDER))))
                .isEqualTo(Classificatie.VERVOLG_TIJDENS_MONITORING);
    }

    @Test
    void rule55_afterAnInvolvementThatEndedItIsAHermelding() {
        assertThat(Classificatie.van(List.of(zaak(ZaakStatus.AFGESLOTEN, EERDER))))
                .isEqualTo(Classificatie.HERMELDING);
    }

    @Test
    void rule55_anOpenInvolvementCountsBeforeOneThatEnded() {
        assertThat(Classificatie.van(List.of(zaak(ZaakStatus.AFGESLOTEN, LATER), zaak(ZaakStatus.MONITORING, EERDER))))
                .isEqualTo(Classificatie.VERVOLG_TIJDENS_MONITORING);
    }

    @Test
    void rule55_withSeveralOpenInvolvementsTheMostRecentGivesThePhase() {
        assertThat(Classificatie.van(
                        List.of(zaak(ZaakStatus.VEILIGHEIDSBEOORDELING, LATER), zaak(ZaakStatus.MONITORING, EERDER))))
                .isEqualTo(Classificatie.VERVOLG_TIJDENS_VEILIGHEIDSBEOORDELING);
    }

    @ParameterizedTest
    @EnumSource(
            value = ZaakStatus.class,
            names = {"ADVIES", "ADVIES_AFGEROND"})
    void rule55_anAdviesIsNoInvolvement(ZaakStatus advies) {
        assertThat(Classificatie.van(List.of(zaak(advies, EERDER)))).isEqualTo(Classificatie.NIEUW);
        assertThat(advies.betrokken()).isFalse();
    }

    @Test
    void rule55_anAanvullingOnAnOpenCaseIsAVervolgmeldingInTheCasesPhase() {
        assertThat(Classificatie.vanAanvulling(ZaakStatus.VEILIGHEIDSBEOORDELING))
                .isEqualTo(Classificatie.VERVOLG_TIJDENS_VEILIGHEIDSBEOORDELING);
        assertThat(Classificatie.vanAanvulling(ZaakStatus.BESLUIT_VOORGESTELD))
                .isEqualTo(Classificatie.VERVOLG_TIJDENS_VEILIGHEIDSBEOORDELING);
        assertThat(Classificatie.vanAanvulling(ZaakStatus.ONDERZOEK))
                .isEqualTo(Classificatie.VERVOLG_NA_VEILIGHEIDSBEOORDELING);
        assertThat(Classificatie.vanAanvulling(ZaakStatus.MONITORING))
                .isEqualTo(Classificatie.VERVOLG_TIJDENS_MONITORING);
    }

    @Test
    void rule55_anAanvullingOnAClosedCaseIsAHermelding() {
        assertThat(Classificatie.vanAanvulling(ZaakStatus.AFGESLOTEN)).isEqualTo(Classificatie.HERMELDING);
    }
}
