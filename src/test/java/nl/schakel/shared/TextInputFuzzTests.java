package nl.schakel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the one rule for every text that comes in (ADR-0041): {@link TextInput#problem} never throws; a text it lets
 * through has no control character other than tab, line feed and carriage return, no lone surrogate and no U+FFFD,
 * is at most {@value TextInput#MAX_LENGTH} characters, and survives UTF-8 unchanged (so PostgreSQL can store it).
 */
class TextInputFuzzTests {

    @FuzzTest
    void anAcceptedTextCanBeStoredAsItIs(FuzzedDataProvider data) {
        String text = data.consumeBoolean()
                ? data.consumeRemainingAsString()
                : "x".repeat(data.consumeInt(TextInput.MAX_LENGTH - 2, TextInput.MAX_LENGTH + 2))
                        + data.consumeRemainingAsString();
        String problem = TextInput.problem(text);
        if (problem == null) {
            assertThat(text.length()).isLessThanOrEqualTo(TextInput.MAX_LENGTH);
            assertThat(text.chars())
                    .noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')
                    .noneMatch(c -> c == 0xFFFD);
            assertThat(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                    .isEqualTo(text);
        } else {
            assertThat(problem).isIn(TextInput.CONTROL_CHARACTER, TextInput.TOO_LONG);
        }
    }
}
