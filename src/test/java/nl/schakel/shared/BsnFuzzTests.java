package nl.schakel.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;

/**
 * Fuzzes the BSN parser (ADR-0041): whatever text comes in, {@link Bsn#parse} finds a BSN only when the text, without
 * spaces and dots, is nine ASCII digits that pass the elfproef; the constructor refuses anything else with an
 * {@link IllegalArgumentException} and nothing but that; the number never shows in {@code toString}.
 */
class BsnFuzzTests {

    @FuzzTest
    void parseAcceptsOnlyNineDigitsThatPassTheElfproef(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Optional<Bsn> parsed = Bsn.parse(text);
        String digits = text.replace(" ", "").replace(".", "");
        assertThat(parsed.isPresent()).as("parse and isValid agree").isEqualTo(Bsn.isValid(digits));
        parsed.ifPresent(bsn -> {
            assertThat(bsn.value()).matches("[0-9]{9}").isEqualTo(digits).isNotEqualTo("000000000");
            assertThat(elfproef(bsn.value())).isTrue();
            assertThat(bsn.toString()).doesNotContain(bsn.value());
            assertThat(Bsn.occursIn(text))
                    .as("a text that is a BSN contains one")
                    .isTrue();
        });
        if (Bsn.isValid(text)) {
            assertThat(new Bsn(text).value()).isEqualTo(text);
        } else {
            assertThatIllegalArgumentException().isThrownBy(() -> new Bsn(text));
        }
    }

    /** The elfproef written out again, independently of {@link Bsn}. */
    private static boolean elfproef(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int digit = Character.digit(nine.charAt(i), 10);
            sum += i < 8 ? (9 - i) * digit : -digit;
        }
        return sum % 11 == 0;
    }
}
