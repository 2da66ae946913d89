package nl.schakel.veiligthuis.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerugkoppelplichtTests {

    @Test
    void rule41_aKnownMelderOfAMeldingGetsATerugkoppeling() {
        assertThat(Terugkoppelplicht.geldt(Terugkoppelplicht.van(ZaakSoort.MELDING), true))
                .isTrue();
    }

    @Test
    void rule42_anInformantGetsNoTerugkoppeling() {
        assertThat(Terugkoppelplicht.geldt(Terugkoppelplicht.Contact.INFORMANT, true))
                .isFalse();
    }

    @Test
    void rule42_anAdviesvragerAndAnUnknownMelderGetNone() {
        assertThat(Terugkoppelplicht.geldt(Terugkoppelplicht.van(ZaakSoort.ADVIES), true))
                .isFalse();
        assertThat(Terugkoppelplicht.geldt(Terugkoppelplicht.van(ZaakSoort.MELDING), false))
                .isFalse();
    }

    @Test
    void rule41_theBesluitTellsWhetherVeiligThuisStartsAFollowUp() {
        assertThat(Besluit.EINDE_BEMOEIENIS.vervolg()).isFalse();
        for (Besluit b : Besluit.values()) {
            if (b != Besluit.EINDE_BEMOEIENIS) {
                assertThat(b.vervolg()).as(b.name()).isTrue();
            }
            assertThat(b.omschrijving()).isNotBlank();
        }
    }

    @Test
    void rule42_anAdviesvragerWhoseAdviesBecameAnAmbtshalveMeldingIsAnInformant() {
        assertThat(Terugkoppelplicht.van(ZaakSoort.MELDING, AdviesUitkomst.AMBTSHALVE_MELDING))
                .isEqualTo(Terugkoppelplicht.Contact.INFORMANT);
        assertThat(Terugkoppelplicht.geldt(
                        Terugkoppelplicht.van(ZaakSoort.MELDING, AdviesUitkomst.AMBTSHALVE_MELDING), true))
                .isFalse();
        assertThat(Terugkoppelplicht.van(ZaakSoort.MELDING, AdviesUitkomst.OMGEZET_IN_MELDING))
                .as("an adviesvrager whose advies became their melding is its melder")
                .isEqualTo(Terugkoppelplicht.Contact.MELDER);
        assertThat(Terugkoppelplicht.van(ZaakSoort.MELDING, null)).isEqualTo(Terugkoppelplicht.Contact.MELDER);
    }
}
