package nl.schakel.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.schakel.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GesprekTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 12);

    @Test
    void aHeldGesprekNeedsAPastDateWithWhomWhatWasDiscussedAndTheReaction() {
        Gesprek g = Gesprek.of(
                true,
                TODAY,
                " moeder ",
                "De signalen.",
                "Ze schrok.",
                RedenGeenGesprek.CONTACT_VERBREKEN,
                "x",
                true,
                TODAY);
        assertThat(g.gevoerd()).isTrue();
        assertThat(g.metWie()).isEqualTo("moeder");
        assertThat(g.reden()).as("the other branch stays empty").isNull();
        assertThat(g.alsnog()).isNull();

        assertThatThrownBy(() -> Gesprek.of(true, TODAY.plusDays(1), " ", "", " ", null, "", null, TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("datum", "metWie", "besproken", "reactie"));
    }

    @Test
    void rule16_skippingStep3NeedsAReasonFromTheAllowedList() {
        assertThatThrownBy(() -> Gesprek.of(false, null, "", "", "", null, "toelichting", false, TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsExactly(java.util.Map.entry("reden", "gesprek.fout.reden")));
        assertThatThrownBy(
                        () -> Gesprek.of(false, null, "", "", "", RedenGeenGesprek.VEILIGHEID_CLIENT, "", null, TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("alsnog"));

        Gesprek skipped = Gesprek.of(
                false, TODAY, "moeder", "iets", "iets", RedenGeenGesprek.VEILIGHEID_ANDEREN, " ", true, TODAY);
        assertThat(skipped.gevoerd()).isFalse();
        assertThat(skipped.reden()).isEqualTo(RedenGeenGesprek.VEILIGHEID_ANDEREN);
        assertThat(skipped.toelichting()).as("the explanation is optional").isNull();
        assertThat(skipped.alsnog()).isTrue();
        assertThat(skipped.datum()).as("the held branch stays empty").isNull();
        assertThat(skipped.besproken()).isNull();
    }

    @ParameterizedTest
    @EnumSource(RedenGeenGesprek.class)
    void rule16_everyAllowedReasonIsStored(RedenGeenGesprek reden) {
        assertThat(Gesprek.of(false, null, "", "", "", reden, "", false, TODAY).reden())
                .isEqualTo(reden);
    }

    @Test
    void heldOrSkippedMustBeChosen() {
        assertThatThrownBy(() -> Gesprek.of(null, TODAY, "a", "b", "c", null, "", null, TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("gevoerd"));
    }

    @Test
    void itsTextShowsNoContent() {
        Gesprek g = Gesprek.of(true, TODAY, "moeder", "Geheim", "Reactie", null, "", null, TODAY);
        assertThat(g.toString()).doesNotContain("moeder").doesNotContain("Geheim");
    }

    @Test
    void theGesprekOfAMinorClientIsWithTheParentOrCarer() {
        assertThat(Gesprek.Gesprekspartner.voor(Betrokkene.Levensfase.KIND)).isEqualTo(Gesprek.Gesprekspartner.OUDER);
        assertThat(Gesprek.Gesprekspartner.voor(Betrokkene.Levensfase.JONGERE))
                .isEqualTo(Gesprek.Gesprekspartner.OUDER);
        assertThat(Gesprek.Gesprekspartner.voor(Betrokkene.Levensfase.VOLWASSENE))
                .isEqualTo(Gesprek.Gesprekspartner.CLIENT);
    }
}
