package nl.schakel.afwegingskader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The 11 versioned kaders and their lookup. */
class AfwegingskadersTests {

    @Test
    void holdsOneKaderPerBeroepscluster() {
        assertThat(Kaders.all()).hasSize(11);
        assertThat(Kaders.all()).extracting(Kader::beroepscluster).containsExactly(Beroepscluster.values());
    }

    @Test
    void codesAreUnique() {
        List<String> codes = Kaders.all().stream().map(Kader::code).toList();

        assertThat(codes).doesNotHaveDuplicates();
    }

    @Test
    void eachKaderHasAVersionASourceAndExamplesOfBothKindsOfOnveiligheid() {
        for (Kader kader : Kaders.all()) {
            assertThat(kader.version()).as(kader.code()).isEqualTo("2019.1");
            assertThat(kader.source().nl()).as(kader.code()).isNotBlank();
            assertThat(kader.acuteOnveiligheidExamples()).as(kader.code()).isNotEmpty();
            assertThat(kader.structureleOnveiligheidExamples()).as(kader.code()).isNotEmpty();
            assertThat(kader.kaderVersion()).isEqualTo(new KaderVersion(kader.code(), "2019.1"));
        }
    }

    @Test
    void findsAKaderByCodeAndByBeroepscluster() {
        assertThat(Kaders.get("kinderopvang").beroepscluster()).isEqualTo(Beroepscluster.KINDEROPVANG);
        assertThat(Kaders.find("justitie-halt")).contains(Kaders.of(Beroepscluster.JUSTITIE_HALT));
        for (Kader kader : Kaders.all()) {
            assertThat(Kaders.get(kader.code())).isSameAs(kader);
            assertThat(Kaders.of(kader.beroepscluster())).isSameAs(kader);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "onbekend", "ARTSEN", "artsen ", "huisartsen"})
    void refusesAnUnknownCode(String code) {
        assertThat(Kaders.find(code)).isEmpty();
        assertThatThrownBy(() -> Kaders.get(code))
                .isInstanceOf(UnknownKaderException.class)
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Kader not found");
    }

    @Test
    void artsenAnswerTheAfwegingenInStep5AndUseTheKnmgExamples() {
        Kader artsen = Kaders.of(Beroepscluster.ARTSEN);

        assertThat(artsen.stepOfAfwegingen()).isEqualTo(5);
        assertThat(artsen.acuteOnveiligheidExamples()).contains("Een poging tot wurging.");
        assertThat(artsen.source().nl()).contains("KNMG");
    }

    @Test
    void otherClustersAnswerTheAfwegingenInStep4() {
        assertThat(Kaders.all())
                .filteredOn(kader -> kader.beroepscluster() != Beroepscluster.ARTSEN)
                .extracting(Kader::stepOfAfwegingen)
                .containsOnly(4);
    }

    @Test
    void verloskundigenSeeThePregnancyExample() {
        assertThat(Kaders.of(Beroepscluster.VERLOSKUNDIGEN).acuteOnveiligheidExamples())
                .anyMatch(example -> example.contains("zwangere vrouw"));
    }

    @Test
    void refusesAKaderWithoutVersionOrWithAStepOtherThan4Or5() {
        List<BilingualText> examples = List.of(new BilingualText("voorbeeld", "example"));
        BilingualText bron = new BilingualText("bron", "source");
        assertThatThrownBy(() -> new Kader("x", " ", Beroepscluster.ONDERWIJS, 4, examples, examples, bron))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Kader("x", "2019.1", Beroepscluster.ONDERWIJS, 3, examples, examples, bron))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Kader("X y", "2019.1", Beroepscluster.ONDERWIJS, 4, examples, examples, bron))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachExampleAndSourceIsInDutchAndEnglish() {
        for (Kader kader : Kaders.all()) {
            assertThat(kader.acuteOnveiligheidExamples("en"))
                    .as(kader.code())
                    .hasSameSizeAs(kader.acuteOnveiligheidExamples("nl"))
                    .doesNotContainAnyElementsOf(kader.acuteOnveiligheidExamples("nl"));
            assertThat(kader.structureleOnveiligheidExamples("en"))
                    .as(kader.code())
                    .doesNotContainAnyElementsOf(kader.structureleOnveiligheidExamples("nl"));
            assertThat(kader.source().en())
                    .as(kader.code())
                    .isNotEqualTo(kader.source().nl());
        }
        assertThat(Kaders.of(Beroepscluster.ARTSEN).acuteOnveiligheidExamples("en"))
                .contains("An attempt at strangulation.");
    }

    @Test
    void theRecordedVersionOfEachKaderStaysLoadable() {
        for (Kader kader : Kaders.all()) {
            assertThat(Kaders.find(kader.kaderVersion())).contains(kader);
        }
        assertThat(Kaders.allVersions()).containsAll(Kaders.all());
        assertThat(Kaders.find(new KaderVersion("onderwijs", "2018.1"))).isEmpty();
    }
}
