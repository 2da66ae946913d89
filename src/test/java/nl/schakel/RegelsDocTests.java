package nl.schakel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The numbered rules the code cites ("rule 24", a test {@code rule24_…}) can be followed: each is a rule of
 * docs/domain/regels.md, and every class that file names exists.
 */
class RegelsDocTests {

    private static final Path REGELS = Path.of("docs/domain/regels.md");

    /** "rule 24", "Rules 20 and 21", "rules 28–32", "rules 41, 42", "rules 10 and 12". */
    private static final Pattern CITED = Pattern.compile("\\b[Rr]ules? (\\d+(?:\\s*(?:[–-]|,|and|or|/)\\s*\\d+)*)");

    private static final Pattern TEST_NAME = Pattern.compile("\\brule(\\d+)_");

    private static final Pattern HEADING = Pattern.compile("^### Rule (\\d+): \\S.*$", Pattern.MULTILINE);

    private static final Pattern NAMED_CLASS = Pattern.compile("`((?:[a-z]+\\.)+[A-Z][A-Za-z0-9]*)`");

    /** The rule numbers in the text after "rule(s) ", ranges included. */
    static Set<Integer> numbers(String cited) {
        Set<Integer> numbers = new TreeSet<>();
        for (String part : cited.split("\\s*(?:,|and|or|/)\\s*")) {
            String[] range = part.strip().split("\\s*[–-]\\s*");
            if (range.length == 2) {
                IntStream.rangeClosed(Integer.parseInt(range[0]), Integer.parseInt(range[1]))
                        .forEach(numbers::add);
            } else if (!part.isBlank()) {
                numbers.add(Integer.parseInt(part.strip()));
            }
        }
        return numbers;
    }

    static List<Integer> rulesInTheDoc() throws IOException {
        List<Integer> rules = new ArrayList<>();
        Matcher m = HEADING.matcher(Files.readString(REGELS));
        while (m.find()) {
            rules.add(Integer.parseInt(m.group(1)));
        }
        return rules;
    }

    private static List<Path> files(String root, String... endings) throws IOException {
        try (Stream<Path> paths = Files.walk(Path.of(root))) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> Stream.of(endings).anyMatch(e -> p.toString().endsWith(e)))
                    .toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCitationsParseAsTheCodeWritesThem() {
        assertThat(numbers("24")).containsExactly(24);
        assertThat(numbers("20 and 21")).containsExactly(20, 21);
        assertThat(numbers("28–32")).containsExactly(28, 29, 30, 31, 32);
        assertThat(numbers("41, 42")).containsExactly(41, 42);
        assertThat(numbers("19, 20, 21")).containsExactly(19, 20, 21);
        assertThat(numbers("33/34")).containsExactly(33, 34);
    }

    @Test
    void theDocHoldsTheFiftySevenRulesInOrder() throws IOException {
        assertThat(rulesInTheDoc())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 57).boxed().toList());
    }

    @Test
    void everyRuleTheMainCodeCitesIsInTheDoc() throws IOException {
        List<Integer> rules = rulesInTheDoc();
        List<String> missing = new ArrayList<>();
        for (Path file : files("src/main", ".java", ".jte", ".properties", ".sql")) {
            Matcher m = CITED.matcher(read(file));
            while (m.find()) {
                numbers(m.group(1)).stream()
                        .filter(n -> !rules.contains(n))
                        .forEach(n -> missing.add(file + " cites rule " + n));
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyRuleATestIsNamedAfterIsInTheDoc() throws IOException {
        List<Integer> rules = rulesInTheDoc();
        List<String> missing = new ArrayList<>();
        int named = 0;
        for (Path file : files("src/test/java", ".java")) {
            Matcher m = TEST_NAME.matcher(read(file));
            while (m.find()) {
                named++;
                int rule = Integer.parseInt(m.group(1));
                if (!rules.contains(rule)) {
                    missing.add(file + " names a test after rule " + rule);
                }
            }
        }
        assertThat(named).as("tests named ruleNN_…").isGreaterThan(50);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyClassTheDocNamesExists() throws IOException {
        List<String> missing = new ArrayList<>();
        Matcher m = NAMED_CLASS.matcher(Files.readString(REGELS));
        while (m.find()) {
            String path = "nl/schakel/" + m.group(1).replace('.', '/') + ".java";
            if (!Files.exists(Path.of("src/main/java", path)) && !Files.exists(Path.of("src/test/java", path))) {
                missing.add(m.group(1));
            }
        }
        assertThat(missing).isEmpty();
    }
}
