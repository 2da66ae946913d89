package nl.schakel;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The glossary's banned synonyms (docs/glossary.md, last column, the words in back-ticks) appear as a whole
 * camel-case word in no class, method or field name of the application (ADR-0004): `Report` bans `ReportService`
 * and `submitReport`, not `Reporting`.
 */
class GlossaryTests {

    private static final Pattern TICKED = Pattern.compile("`([A-Za-z]+)`");

    private static final List<String> MODULES = List.of(
            "shared",
            "afwegingskader",
            "identity",
            "audit",
            "organisation",
            "keten",
            "dossier",
            "concept",
            "veiligthuis",
            "register",
            "web",
            "demo");

    /**
     * A banned synonym and where it is banned: in the packages of the row's owning modules, or everywhere for a term
     * the shared kernel owns. A word banned for one concept may be another module's own term (the dossier's
     * beslissing is not Veilig Thuis's besluit), so a ban holds where its term lives.
     */
    /**
     * Names that use a banned word but are stored in append-only journals (an enum constant or a payload field as
     * JSON), so renaming them would need rewriting what was recorded; and their twins in the API's records, which show
     * them under the same name.
     */
    private static final java.util.Set<String> STORED = java.util.Set.of(
            // the professional's own safety as the reason not to talk with the client (step 3); "professional" here
            // is the generic word, not the role beroepskracht
            "nl.schakel.dossier.domain.RedenGeenGesprek.VEILIGHEID_PROFESSIONAL",
            // Veilig Thuis's besluit as it arrives in the dossier with the terugkoppeling: VT's term, not a beslissing
            "nl.schakel.dossier.domain.Terugkoppeling.besluit",
            // the same field in the API's own record of that entry, which keeps the JSON the API has always shown
            "nl.schakel.dossier.web.VastleggingInhoud$TerugkoppelingInhoud.besluit");

    record Ban(List<String> words, List<String> packages) {

        boolean appliesTo(JavaClass c) {
            return packages.isEmpty()
                    || packages.stream().anyMatch(p -> c.getPackageName().startsWith(p));
        }
    }

    static List<Ban> bannedSynonyms() throws IOException {
        List<Ban> banned = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("docs/glossary.md"))) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|");
            String owner = cells[cells.length - 2];
            List<String> modules = MODULES.stream()
                    .filter(m ->
                            Pattern.compile("\\b" + m + "\\b").matcher(owner).find())
                    .toList();
            List<String> packages = modules.contains("shared")
                    ? List.of()
                    : modules.stream().map(m -> "nl.schakel." + m).toList();
            Matcher m = TICKED.matcher(cells[cells.length - 1]);
            while (m.find()) {
                banned.add(new Ban(words(m.group(1)), packages));
            }
        }
        return banned;
    }

    /** The words of a name: split at camel-case humps, digits and underscores, lower case. */
    static List<String> words(String name) {
        return Arrays.stream(name.split("_|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])"))
                .filter(w -> !w.isEmpty())
                .map(w -> w.toLowerCase(Locale.ROOT))
                .toList();
    }

    static boolean contains(List<String> name, List<String> banned) {
        return java.util.Collections.indexOfSubList(name, banned) >= 0;
    }

    @Test
    void theWordsSplitAsTheGlossarySays() {
        assertThat(contains(words("ReportService"), words("Report"))).isTrue();
        assertThat(contains(words("submitReport"), words("Report"))).isTrue();
        assertThat(contains(words("Reporting"), words("Report"))).isFalse();
        assertThat(contains(words("SignaalForm"), words("Signal"))).isFalse();
        assertThat(contains(words("useTwoFactorNow"), words("TwoFactor"))).isTrue();
        assertThat(contains(words("ACUUT_GEMARKEERD"), words("Acuut"))).isTrue();
    }

    @Test
    void noBannedSynonymNamesAClassMethodOrField() throws IOException {
        List<Ban> banned = bannedSynonyms();
        assertThat(banned).as("the glossary lists banned synonyms").hasSizeGreaterThan(20);
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.schakel");
        List<String> hits = new ArrayList<>();
        for (JavaClass c : classes) {
            Stream<String> names = Stream.of(
                            Stream.of(c.getSimpleName()),
                            c.getMethods().stream().map(m -> m.getName()),
                            c.getFields().stream().map(f -> f.getName()))
                    .flatMap(s -> s)
                    .filter(n -> !n.contains("$") && !n.isEmpty())
                    .filter(n -> !STORED.contains(c.getName() + "." + n));
            names.forEach(n -> banned.stream()
                    .filter(b -> b.appliesTo(c) && contains(words(n), b.words()))
                    .forEach(b -> hits.add(c.getName() + ": " + n + " uses " + String.join("", b.words()))));
        }
        assertThat(hits).isEmpty();
    }
}
