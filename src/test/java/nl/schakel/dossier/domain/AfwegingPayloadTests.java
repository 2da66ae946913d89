package nl.schakel.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.schakel.afwegingskader.HulpVereiste;
import nl.schakel.afwegingskader.KaderVersion;
import nl.schakel.afwegingskader.Onveiligheid;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The payloads of steps 4 and 5 check their input, with every problem at once, and show no content in toString. */
class AfwegingPayloadTests {

    private static final KaderVersion KADER = new KaderVersion("onderwijs", "2019.1");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 12);

    @Test
    void anAfwegingNeedsAnAnswerAndAReasonAndKeepsItsKader() {
        assertErrors(
                () -> Afweging.of(1, null, "  ", KADER, Set.of(), "", null),
                "antwoord",
                "afweging.fout.antwoord",
                "reden",
                "afweging.fout.reden");
        assertErrors(() -> Afweging.of(6, true, "r", KADER, Set.of(), "", null), "", "afweging.fout.nummer");
        assertErrors(
                () -> Afweging.of(2, true, "x".repeat(Afweging.MAX_REDEN + 1), KADER, Set.of(), "", Onveiligheid.ACUUT),
                "reden",
                "afweging.fout.redentelang");

        Afweging a = Afweging.of(
                2, true, "  acuut gevaar  ", KADER, EnumSet.allOf(HulpVereiste.class), "x", Onveiligheid.ACUUT);
        assertThat(a.reden()).isEqualTo("acuut gevaar");
        assertThat(a.kader()).isEqualTo(KADER);
        assertThat(a.vereisten()).as("only afweging 3 = ja keeps the checklist").isEmpty();
        assertThat(a.afspraken()).as("only afweging 5 = ja keeps agreements").isNull();
        assertThat(a.afweging()).isEqualTo(nl.schakel.afwegingskader.Afweging.VEILIGHEID);
        assertThat(a.toString()).doesNotContain("acuut");
    }

    @Test
    void afweging3JaKeepsTheRequirementsThatAreMet() {
        Afweging a = Afweging.of(3, true, "r", KADER, Set.of(HulpVereiste.ZICHT_OP_VEILIGHEID), "", null);
        assertThat(a.vereisten()).containsExactly(HulpVereiste.ZICHT_OP_VEILIGHEID);
        assertThat(Afweging.of(3, false, "r", KADER, Set.of(HulpVereiste.ZICHT_OP_VEILIGHEID), "", null)
                        .vereisten())
                .isEmpty();
    }

    @Test
    void aBeslissingNeedsAnAnswerAndAReason() {
        assertErrors(
                () -> Beslissing.of(1, null, " ", Set.of()),
                "antwoord",
                "beslissing.fout.antwoord",
                "reden",
                "beslissing.fout.reden");
        assertErrors(() -> Beslissing.of(3, true, "r", Set.of()), "", "beslissing.fout.nummer");
        assertThat(Beslissing.of(1, true, "r", EnumSet.allOf(HulpVereiste.class))
                        .vereisten())
                .isEmpty();
        assertThat(Beslissing.of(1, true, "geheim", Set.of()).toString()).doesNotContain("geheim");
    }

    @Test
    void aHulpplanNeedsWhatWhoAndADateAfterToday() {
        assertErrors(
                () -> Hulpplan.of(" ", " ", TODAY, TODAY),
                "plan",
                "hulpplan.fout.plan",
                "wie",
                "hulpplan.fout.wie",
                "herbeoordeling",
                "hulpplan.fout.herbeoordeling");
        assertErrors(() -> Hulpplan.of("p", "w", null, TODAY), "herbeoordeling", "hulpplan.fout.herbeoordeling");
        Hulpplan h = Hulpplan.of(" gesprekken ", " ib ", TODAY.plusDays(1), TODAY);
        assertThat(h.plan()).isEqualTo("gesprekken");
        assertThat(h.wie()).isEqualTo("ib");
        assertThat(h.toString()).doesNotContain("gesprekken").doesNotContain("ib");
    }

    @Test
    void closingNeedsANoteAndAChoiceOfClusterNeedsACluster() {
        assertErrors(() -> Afsluiting.of("  "), "notitie", "afsluiting.fout.notitie");
        assertThat(Afsluiting.of(" klaar ").notitie()).isEqualTo("klaar");
        assertThat(Afsluiting.of("geheim").toString()).doesNotContain("geheim");

        assertErrors(() -> KaderKeuze.of(null), "beroepscluster", "kaderkeuze.fout.beroepscluster");
        KaderKeuze k = KaderKeuze.of(Beroepscluster.VERLOSKUNDIGEN);
        assertThat(k.kaderCode()).isEqualTo("verloskundigen");
        assertThat(k.kaderVersie()).isNotBlank();
    }

    private static void assertErrors(Executable build, String... fieldAndKey) {
        assertThatThrownBy(build::execute).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.fieldErrors()).hasSize(fieldAndKey.length / 2);
            for (int i = 0; i < fieldAndKey.length; i += 2) {
                assertThat(e.fieldErrors()).containsEntry(fieldAndKey[i], fieldAndKey[i + 1]);
            }
        });
    }
}
