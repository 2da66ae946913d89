package nl.schakel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextInputTests {

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x00, 0x01, 0x07, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x85, 0x9F, 0xFFFD})
    void aControlCharacterOrAReplacementCharacterIsRefused(int c) {
        assertThat(TextInput.problem("vóór" + (char) c + "na")).isEqualTo(TextInput.CONTROL_CHARACTER);
    }

    @Test
    void aLoneHalfOfASurrogatePairIsRefused() {
        assertThat(TextInput.problem("a\ud800b")).isEqualTo(TextInput.CONTROL_CHARACTER);
        assertThat(TextInput.problem("a\udc00")).isEqualTo(TextInput.CONTROL_CHARACTER);
        assertThat(TextInput.problem("\ud800")).isEqualTo(TextInput.CONTROL_CHARACTER);
    }

    @Test
    void tabsNewlinesAndWholeSurrogatePairsAreText() {
        assertThat(TextInput.problem("regel 1\r\nregel 2\tmet tab, é, ë, 😀 en 中文"))
                .isNull();
        assertThat(TextInput.problem("")).isNull();
    }

    @Test
    void atMostTheMaximumLength() {
        assertThat(TextInput.problem("a".repeat(TextInput.MAX_LENGTH))).isNull();
        assertThat(TextInput.problem("a".repeat(TextInput.MAX_LENGTH + 1))).isEqualTo(TextInput.TOO_LONG);
    }

    @Test
    void theMessagesNameTheMaximum() throws IOException {
        Properties dutch = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/messages.properties")) {
            dutch.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        String maximum = String.format(Locale.GERMANY, "%,d", TextInput.MAX_LENGTH);
        assertThat(dutch.getProperty(TextInput.TOO_LONG)).contains(maximum);
    }
}
