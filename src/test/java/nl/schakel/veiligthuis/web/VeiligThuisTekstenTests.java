package nl.schakel.veiligthuis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import nl.schakel.keten.Terugkoppeling;
import nl.schakel.keten.VtStatus;
import nl.schakel.veiligthuis.domain.AdviesUitkomst;
import nl.schakel.veiligthuis.domain.Besluit;
import nl.schakel.veiligthuis.domain.BetrokkeneRol;
import nl.schakel.veiligthuis.domain.Bron;
import nl.schakel.veiligthuis.domain.Classificatie;
import nl.schakel.veiligthuis.domain.EntryKind;
import nl.schakel.veiligthuis.domain.Geslacht;
import nl.schakel.veiligthuis.domain.MelderCategorie;
import nl.schakel.veiligthuis.domain.TerugkoppelingGegeven;
import nl.schakel.veiligthuis.domain.ZaakSoort;
import nl.schakel.veiligthuis.domain.ZaakStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every value the Veilig Thuis pages show by its name (status, soort, besluit, bron, …) has its text in Dutch and in
 * English, so a page never shows a bare message key when a value is added to one of these lists.
 */
class VeiligThuisTekstenTests {

    static Stream<Arguments> lijsten() {
        return Stream.of(
                Arguments.of("vt.entry.", EntryKind.class),
                Arguments.of("vt.status.", ZaakStatus.class),
                Arguments.of("vt.soort.", ZaakSoort.class),
                Arguments.of("vt.classificatie.", Classificatie.class),
                Arguments.of("vt.geslacht.", Geslacht.class),
                Arguments.of("vt.rol.", BetrokkeneRol.class),
                Arguments.of("vt.categorie.", MelderCategorie.class),
                Arguments.of("vt.advies.uitkomst.", AdviesUitkomst.class),
                Arguments.of("vb.besluit.", Besluit.class),
                Arguments.of("vb.bron.", Bron.class),
                Arguments.of("vb.overeenkomst.", nl.schakel.veiligthuis.domain.Overeenkomst.class),
                Arguments.of("vt.terugkoppeling.wijze.", TerugkoppelingGegeven.Wijze.class),
                Arguments.of("terugkoppeling.moment.", Terugkoppeling.Moment.class),
                Arguments.of("terugkoppeling.kop.", Terugkoppeling.Moment.class),
                Arguments.of("vtstatus.", VtStatus.class),
                Arguments.of("monitoring.mate.", nl.schakel.veiligthuis.domain.Monitoringsmoment.Mate.class),
                Arguments.of("monitoring.soort.", nl.schakel.veiligthuis.domain.Monitoringsplan.Soort.class),
                Arguments.of("monitoring.status.", nl.schakel.veiligthuis.domain.VoorwaardeStatus.class));
    }

    @ParameterizedTest
    @MethodSource("lijsten")
    void everyValueHasItsText(String prefix, Class<? extends Enum<?>> type) throws IOException {
        for (String taal : List.of("", "_en")) {
            Properties teksten = alleTeksten(taal);
            for (Enum<?> waarde : type.getEnumConstants()) {
                assertThat(teksten.getProperty(prefix + waarde.name()))
                        .as(prefix + waarde.name() + (taal.isEmpty() ? " (nl)" : " (en)"))
                        .isNotBlank();
            }
        }
    }

    private static Properties alleTeksten(String taal) throws IOException {
        Properties alle = new Properties();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("[a-z]+" + taal + "\\.properties"))
                    .toList()) {
                try (var in = new InputStreamReader(Files.newInputStream(f), StandardCharsets.UTF_8)) {
                    alle.load(in);
                }
            }
        }
        return alle;
    }
}
