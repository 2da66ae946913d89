package nl.schakel.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.VormVanGeweld;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

class SignaalTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 12);

    @Test
    void aSignaalOfTodayWithAFactIsAccepted() {
        Signaal signaal = Signaal.of(
                TODAY, "  Blauwe plek op de arm.  ", SignaalSoort.FEIT, "", Set.of(VormVanGeweld.ANDERS), false, TODAY);
        assertThat(signaal.waarneming()).isEqualTo("Blauwe plek op de arm.");
        assertThat(signaal.bron()).isNull();
        assertThat(signaal.vormen()).containsExactly(VormVanGeweld.ANDERS);
    }

    @Test
    void aDateInTheFutureIsRefused() {
        assertThatThrownBy(() -> Signaal.of(TODAY.plusDays(1), "tekst", SignaalSoort.FEIT, "", Set.of(), false, TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("datum", "signaal.fout.datum"));
    }

    @Test
    void derdenNeedASource() {
        assertThatThrownBy(() -> Signaal.of(TODAY, "tekst", SignaalSoort.DERDEN, "  ", Set.of(), false, TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("bron", "signaal.fout.bron"));
        assertThat(Signaal.of(TODAY, "tekst", SignaalSoort.DERDEN, "De buurvrouw", Set.of(), true, TODAY)
                        .bron())
                .isEqualTo("De buurvrouw");
    }

    @Test
    void rule23_thirdPartyInformationNeedsItsSourceAndAnInterpretationIsMarkedAsOne() {
        assertThatThrownBy(() -> Signaal.of(TODAY, "Hij slaat haar.", SignaalSoort.DERDEN, " ", Set.of(), false, TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsExactly(java.util.Map.entry("bron", "signaal.fout.bron")));
        assertThatThrownBy(() -> Signaal.of(TODAY, "Zij lijkt bang.", null, "", Set.of(), false, TODAY))
                .as("whether it is a fact, an interpretation or from others must be said")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("soort"));

        Signaal fromOthers =
                Signaal.of(TODAY, "Hij slaat haar.", SignaalSoort.DERDEN, " De buurvrouw ", Set.of(), false, TODAY);
        assertThat(fromOthers.bron()).isEqualTo("De buurvrouw");
        Signaal interpretation =
                Signaal.of(TODAY, "Zij lijkt bang.", SignaalSoort.INTERPRETATIE, "", Set.of(), false, TODAY);
        assertThat(interpretation.soort()).isEqualTo(SignaalSoort.INTERPRETATIE);
    }

    @Test
    void theTextIsRequiredAndAtMost4000Characters() {
        assertThatThrownBy(() -> Signaal.of(TODAY, " ", SignaalSoort.FEIT, "", Set.of(), false, TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("waarneming", "signaal.fout.waarneming"));
        assertThat(Signaal.of(TODAY, "x".repeat(4000), SignaalSoort.FEIT, "", Set.of(), false, TODAY))
                .isNotNull();
        assertThatThrownBy(() -> Signaal.of(TODAY, "x".repeat(4001), SignaalSoort.FEIT, "", Set.of(), false, TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("waarneming", "signaal.fout.waarnemingtelang"));
    }

    @Test
    void allProblemsAreReportedAtOnce() {
        assertThatThrownBy(() -> Signaal.of(null, "", null, "", Set.of(), false, TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("datum", "waarneming", "soort"));
    }

    @Test
    void aBetrokkeneNeedsANameAPastDateOfBirthAValidBsnIfAnyAndARelation() {
        assertThatThrownBy(() -> Betrokkene.of(" ", TODAY.plusDays(1), "123456789", null, TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("naam", "geboortedatum", "bsn", "relatie"));
        Betrokkene b = Betrokkene.of("Sam", TODAY.minusYears(7), "", Relatie.KIND, TODAY);
        assertThat(b.bsn()).isNull();
        assertThat(b.toString()).doesNotContain("Sam");
    }

    @Test
    void aSignaalStoredBeforeThereWereCodesLoadsWithNoCodes() {
        JsonMapper json = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
        Signaal old = json.readValue(
                "{\"datum\":\"2026-05-11\",\"waarneming\":\"Blauwe plek\",\"soort\":\"FEIT\",\"bron\":null,"
                        + "\"vormen\":[\"PARTNERGEWELD\"],\"disclosure\":false}",
                Signaal.class);

        assertThat(old.codes()).isEmpty();
        assertThat(old.vormen()).containsExactly(VormVanGeweld.PARTNERGEWELD);
    }

    @Test
    void aSignaalWithCodesKeepsThemThroughJson() {
        JsonMapper json = JsonMapper.builder().build();
        Signaal signaal = Signaal.of(
                TODAY,
                "tekst",
                SignaalSoort.FEIT,
                "",
                Set.of(VormVanGeweld.PARTNERGEWELD),
                Set.of("stalking"),
                false,
                TODAY);

        Signaal read = json.readValue(json.writeValueAsString(signaal), Signaal.class);

        assertThat(read).isEqualTo(signaal);
        assertThat(read.codes()).containsExactly("stalking");
    }
}
