package nl.schakel.afwegingskader.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.schakel.afwegingskader.Kader;
import nl.schakel.shared.Beroepscluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kader data files (ADR-0027): the shipped ones load, and every kind of broken file stops the loading with a
 * message that names the file and the problem. Each test copies the shipped files into a temporary folder and breaks
 * one.
 */
class KaderFilesTests {

    private static final Path SHIPPED = Path.of("src/main/resources/afwegingskader");

    @TempDir
    Path folder;

    @Test
    void loadsTheShippedFilesOneVersionPerBeroepscluster() {
        List<Kader> kaders = KaderFiles.shipped();

        assertThat(kaders).extracting(Kader::beroepscluster).containsExactlyInAnyOrder(Beroepscluster.values());
        assertThat(kaders).extracting(Kader::version).containsOnly("2019.1");
        assertThat(kaders)
                .filteredOn(kader -> kader.beroepscluster() == Beroepscluster.ARTSEN)
                .extracting(Kader::stepOfAfwegingen)
                .containsExactly(5);
    }

    @Test
    void aCopyOfTheShippedFilesLoadsFromAFolder() throws IOException {
        copyShipped();

        assertThat(load()).hasSize(Beroepscluster.values().length);
    }

    @Test
    void aNewVersionIsANewFileAndTheOldOneStaysLoaded() throws IOException {
        copyShipped();
        write("onderwijs-2020.1.json", read("onderwijs-2019.1.json").replace("\"2019.1\"", "\"2020.1\""));

        assertThat(load())
                .filteredOn(kader -> kader.beroepscluster() == Beroepscluster.ONDERWIJS)
                .extracting(Kader::version)
                .containsExactlyInAnyOrder("2019.1", "2020.1");
    }

    @Test
    void refusesAFileThatIsNotJson() throws IOException {
        copyShipped();
        write("onderwijs-2019.1.json", read("onderwijs-2019.1.json").replace("\"code\":", "\"code\""));

        assertRefused("onderwijs-2019.1.json", "not a valid kader file");
    }

    @Test
    void refusesAFileWithAnUnknownField() throws IOException {
        copyShipped();
        write("onderwijs-2019.1.json", read("onderwijs-2019.1.json").replace("\"code\":", "\"stap\": 4, \"code\":"));

        assertRefused("onderwijs-2019.1.json", "not a valid kader file", "stap");
    }

    @Test
    void refusesAFileWithoutAVersion() throws IOException {
        copyShipped();
        write("onderwijs-2019.1.json", read("onderwijs-2019.1.json").replace("\"versie\": \"2019.1\",", ""));

        assertRefused("onderwijs-2019.1.json", "the required field versie is missing");
    }

    @Test
    void refusesAVersionThatIsNotAYearAndANumber() throws IOException {
        copyShipped();
        delete("onderwijs-2019.1.json");
        write(
                "onderwijs-nieuw.json",
                read("paramedici-2019.1.json")
                        .replace("paramedici", "onderwijs")
                        .replace("PARAMEDICI", "ONDERWIJS")
                        .replace("\"2019.1\"", "\"nieuw\""));

        assertRefused("onderwijs-nieuw.json", "like 2019.1, not 'nieuw'");
    }

    @Test
    void refusesAnExampleWithoutItsEnglishText() throws IOException {
        copyShipped();
        write(
                "onderwijs-2019.1.json",
                read("onderwijs-2019.1.json")
                        .replace("\"en\": \"Is there immediate danger (to life)?\"", "\"en\": \" \""));

        assertRefused(
                "onderwijs-2019.1.json", "the required field voorbeelden.acuteOnveiligheid[0].en is missing or empty");
    }

    @Test
    void refusesAKaderWithoutExamplesOfStructureleOnveiligheid() throws IOException {
        copyShipped();
        String file = read("onderwijs-2019.1.json");
        write(
                "onderwijs-2019.1.json",
                file.substring(0, file.indexOf("\"structureleOnveiligheid\"")) + "\"structureleOnveiligheid\": []}}");

        assertRefused("onderwijs-2019.1.json", "voorbeelden.structureleOnveiligheid needs at least one example");
    }

    @Test
    void refusesAnUnknownBeroepscluster() throws IOException {
        copyShipped();
        write("onderwijs-2019.1.json", read("onderwijs-2019.1.json").replace("\"ONDERWIJS\"", "\"LERAREN\""));

        assertRefused("onderwijs-2019.1.json", "beroepscluster LERAREN is unknown", "ONDERWIJS");
    }

    @Test
    void refusesAStepOtherThan4Or5() throws IOException {
        copyShipped();
        write(
                "onderwijs-2019.1.json",
                read("onderwijs-2019.1.json").replace("\"stapVanAfwegingen\": 4", "\"stapVanAfwegingen\": 3"));

        assertRefused("onderwijs-2019.1.json", "stapVanAfwegingen is 3, but the afwegingen sit in step 4 or 5");
    }

    @Test
    void refusesAFileNamedOtherwiseThanCodeAndVersion() throws IOException {
        copyShipped();
        String onderwijs = read("onderwijs-2019.1.json");
        delete("onderwijs-2019.1.json");
        write("onderwijs.json", onderwijs);

        assertRefused("onderwijs.json", "must be named onderwijs-2019.1.json");
    }

    @Test
    void refusesTheSameVersionOfAClusterTwice() throws IOException {
        copyShipped();
        write("school-2019.1.json", read("onderwijs-2019.1.json").replace("\"onderwijs\"", "\"school\""));

        assertRefused(
                "school-2019.1.json", "version 2019.1 of beroepscluster ONDERWIJS is also in onderwijs-2019.1.json");
    }

    @Test
    void refusesAVersionThatChangesTheCodeOfItsCluster() throws IOException {
        copyShipped();
        write(
                "school-2020.1.json",
                read("onderwijs-2019.1.json")
                        .replace("\"onderwijs\"", "\"school\"")
                        .replace("\"2019.1\"", "\"2020.1\""));

        assertRefused("school-2020.1.json", "beroepscluster ONDERWIJS has code onderwijs in its other versions");
    }

    @Test
    void refusesACodeOfAnotherCluster() throws IOException {
        copyShipped();
        write(
                "onderwijs-2020.1.json",
                read("paramedici-2019.1.json")
                        .replace("\"paramedici\"", "\"onderwijs\"")
                        .replace("\"2019.1\"", "\"2020.1\""));

        assertRefused("onderwijs-2020.1.json", "code onderwijs belongs to beroepscluster ONDERWIJS");
    }

    @Test
    void refusesABeroepsclusterWithoutAKader() throws IOException {
        copyShipped();
        delete("justitie-halt-2019.1.json");

        assertRefused(folder.toString(), "no kader file for beroepscluster JUSTITIE_HALT");
    }

    @Test
    void refusesAFolderWithoutKaderFiles() {
        assertRefused(folder.toString(), "no kader files found");
    }

    private void assertRefused(String file, String... problem) {
        assertThatThrownBy(this::load)
                .isInstanceOf(KaderFileException.class)
                .hasMessageStartingWith("Kader file ")
                .hasMessageContaining(file)
                .hasMessageContainingAll(problem);
    }

    private List<Kader> load() {
        return KaderFiles.load("file:" + folder.toAbsolutePath() + "/*.json");
    }

    private void copyShipped() throws IOException {
        try (Stream<Path> files = Files.list(SHIPPED)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
    }

    private String read(String name) throws IOException {
        return Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    private void delete(String name) throws IOException {
        Files.delete(folder.resolve(name));
    }
}
