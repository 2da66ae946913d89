package nl.schakel.veiligthuis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.schakel.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rule 43: the reason for looking at a shielded melder is the access log's purpose, so it must be one a privacy
 * officer can judge: at least 20 letters or digits, not a single character, whitespace or punctuation.
 */
class MelderIngezienTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "x",
                ".",
                "Terugbellen",
                "nodig voor werk",
                "....................................",
                "a . b . c . d . e . f . g . h . i . j . k . l . m . n . o . p . q . r . s",
                "-- !! ?? -- !! ?? -- !! ?? -- !! ??"
            })
    void rule43_aReasonWithoutTwentyLettersOrDigitsIsRefusedWithAHint(String reden) {
        assertThatThrownBy(() -> MelderIngezien.of(reden))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("reden", "vt.fout.melderreden"));
    }

    @Test
    void rule43_aReasonThatSaysWhyIsKeptStripped() {
        assertThat(MelderIngezien.of("  Terugbellen over de afspraken met school.  ")
                        .reden())
                .isEqualTo("Terugbellen over de afspraken met school.");
    }

    @Test
    void rule43_exactlyTwentyLettersOrDigitsIsEnough() {
        assertThat(MelderIngezien.of("abcde fghij, klmno! pqrst?").reden()).isEqualTo("abcde fghij, klmno! pqrst?");
    }

    @Test
    void rule43_aReasonLongerThanFiveHundredCharactersIsRefused() {
        assertThatThrownBy(() -> MelderIngezien.of("a".repeat(501)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("reden", "vt.fout.reden"));
    }
}
