package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Dutch text has its English twin and the other way round, and every bundle is registered, so the English UI
 * never falls back to a message key or to Dutch.
 */
class MessageBundlesTests {

    private static final Path FOLDER = Path.of("src/main/resources/messages");

    static Stream<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.endsWith("_en.properties"))
                    .map(n -> n.substring(0, n.length() - ".properties".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void dutchAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Properties nl = load(bundle + ".properties");
        Properties en = load(bundle + "_en.properties");
        assertThat(en.stringPropertyNames()).as(bundle).isEqualTo(nl.stringPropertyNames());
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void theBundleIsRegistered(String bundle) throws IOException {
        Properties app = load("../application.properties");
        List<String> registered =
                Arrays.asList(app.getProperty("spring.messages.basename").split(","));
        assertThat(registered).contains("messages/" + bundle);
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(FOLDER.resolve(name))) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
