package nl.schakel.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.schakel.shared.ConsultatieMet;
import nl.schakel.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class CollegialeConsultatieTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 12);

    @Test
    void aConsultatieWithAColleagueIsAccepted() {
        CollegialeConsultatie c = CollegialeConsultatie.of(
                TODAY, ConsultatieMet.COLLEGA, "  Mentor groep 6  ", "  Signalen blijven volgen.  ", TODAY);
        assertThat(c.persoon()).isEqualTo("Mentor groep 6");
        assertThat(c.advies()).isEqualTo("Signalen blijven volgen.");
        assertThat(c.met()).isEqualTo(ConsultatieMet.COLLEGA);
    }

    @Test
    void aDateInTheFutureOrNoDateIsRefused() {
        assertErrors(
                () -> CollegialeConsultatie.of(TODAY.plusDays(1), ConsultatieMet.COLLEGA, "X", "advies", TODAY),
                "datum",
                "consultatie.fout.datum");
        assertErrors(
                () -> CollegialeConsultatie.of(null, ConsultatieMet.COLLEGA, "X", "advies", TODAY),
                "datum",
                "consultatie.fout.datum");
    }

    @Test
    void withWhomIsRequired() {
        assertErrors(() -> CollegialeConsultatie.of(TODAY, null, "X", "advies", TODAY), "met", "consultatie.fout.met");
    }

    @Test
    void thePersonIsRequiredExceptForAnonymousVeiligThuisAdvice() {
        for (ConsultatieMet met : ConsultatieMet.values()) {
            if (met == ConsultatieMet.VEILIG_THUIS_ADVIES) {
                assertThat(CollegialeConsultatie.of(TODAY, met, " ", "advies", TODAY)
                                .persoon())
                        .isNull();
            } else {
                assertErrors(
                        () -> CollegialeConsultatie.of(TODAY, met, " ", "advies", TODAY),
                        "persoon",
                        "consultatie.fout.persoon");
            }
        }
        assertErrors(
                () -> CollegialeConsultatie.of(TODAY, ConsultatieMet.VEILIG_THUIS_ADVIES, "x".repeat(201), "a", TODAY),
                "persoon",
                "consultatie.fout.persoontelang");
    }

    @Test
    void theAdviceIsRequiredAndAtMost4000Characters() {
        assertErrors(
                () -> CollegialeConsultatie.of(TODAY, ConsultatieMet.COLLEGA, "X", "  ", TODAY),
                "advies",
                "consultatie.fout.advies");
        assertThat(CollegialeConsultatie.of(TODAY, ConsultatieMet.COLLEGA, "X", "x".repeat(4000), TODAY))
                .isNotNull();
        assertErrors(
                () -> CollegialeConsultatie.of(TODAY, ConsultatieMet.COLLEGA, "X", "x".repeat(4001), TODAY),
                "advies",
                "consultatie.fout.adviestelang");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> CollegialeConsultatie.of(null, null, "", "", TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("datum", "met", "advies"));
        assertThatThrownBy(() -> CollegialeConsultatie.of(
                        TODAY.plusDays(3), ConsultatieMet.DESKUNDIGE, "", "x".repeat(4001), TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("datum", "persoon", "advies"));
    }

    @Test
    void theAandachtsfunctionarisIsProposedByNameOnlyWhenThereIsExactlyOne() {
        CollegialeConsultatie.Voorstel een = CollegialeConsultatie.Voorstel.of(List.of("Anouk Aandacht"));
        assertThat(een.met()).isEqualTo(ConsultatieMet.AANDACHTSFUNCTIONARIS);
        assertThat(een.persoonBij(ConsultatieMet.AANDACHTSFUNCTIONARIS)).isEqualTo("Anouk Aandacht");
        assertThat(een.persoonBij(ConsultatieMet.COLLEGA)).isEmpty();

        CollegialeConsultatie.Voorstel twee = CollegialeConsultatie.Voorstel.of(List.of("Anouk", "Bram"));
        assertThat(twee.met()).isEqualTo(ConsultatieMet.AANDACHTSFUNCTIONARIS);
        assertThat(twee.persoonBij(ConsultatieMet.AANDACHTSFUNCTIONARIS)).isEmpty();

        CollegialeConsultatie.Voorstel geen = CollegialeConsultatie.Voorstel.of(List.of());
        assertThat(geen.met()).isNull();
        assertThat(geen.persoon()).isEmpty();
    }

    private static void assertErrors(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry(field, key));
    }
}
