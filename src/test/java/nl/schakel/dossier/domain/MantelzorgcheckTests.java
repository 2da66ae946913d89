package nl.schakel.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.schakel.dossier.domain.Mantelzorgcheck.Uitkomst;
import nl.schakel.dossier.domain.Mantelzorgcheck.Zorgrelatie;
import nl.schakel.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class MantelzorgcheckTests {

    @Test
    void careForSomeoneNeedsWhoAndAnOutcome() {
        Mantelzorgcheck m = Mantelzorgcheck.of(Zorgrelatie.GEEFT_ZORG, " moeder (82) ", " Uitgeput. ", Uitkomst.ZORGEN);
        assertThat(m.wie()).isEqualTo("moeder (82)");
        assertThat(m.signalen()).isEqualTo("Uitgeput.");
        assertThat(m.toString()).doesNotContain("moeder");

        assertThatThrownBy(() -> Mantelzorgcheck.of(Zorgrelatie.ONTVANGT_ZORG, " ", "", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("wie", "uitkomst"));
        assertThat(Mantelzorgcheck.of(Zorgrelatie.GEEN, "", "", Uitkomst.GEEN_ZORGEN)
                        .wie())
                .isNull();
    }

    @Test
    void freeTextHoldsNoBsn() {
        assertThatThrownBy(() -> Mantelzorgcheck.of(
                        Zorgrelatie.GEEFT_ZORG, "vader, bsn 1112.22.333", "zie 123456782", Uitkomst.ZORGEN))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("wie", "stappen.fout.bsn")
                                .containsEntry("signalen", "stappen.fout.bsn"));
        assertThat(Mantelzorgcheck.of(Zorgrelatie.GEEFT_ZORG, "vader", "belt 0612345678", Uitkomst.ZORGEN))
                .as("a phone number is no BSN")
                .isNotNull();
    }

    @Test
    void theRelationMustBeChosen() {
        assertThatThrownBy(() -> Mantelzorgcheck.of(null, "", "", Uitkomst.GEEN_ZORGEN))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("zorgrelatie"));
    }

    @Test
    void theMantelzorgcheckIsOnlyForAnAdultClient() {
        assertThat(Mantelzorgcheck.pastBij(Betrokkene.Levensfase.VOLWASSENE)).isTrue();
        assertThat(Mantelzorgcheck.pastBij(Betrokkene.Levensfase.JONGERE)).isFalse();
        assertThat(Mantelzorgcheck.pastBij(Betrokkene.Levensfase.KIND)).isFalse();
        assertThatThrownBy(() -> Mantelzorgcheck.vereistPassend(Betrokkene.Levensfase.KIND))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("zorgrelatie", "mantelzorgcheck.fout.kind"));
        Mantelzorgcheck.vereistPassend(Betrokkene.Levensfase.VOLWASSENE);
    }
}
