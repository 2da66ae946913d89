package nl.schakel.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The elfproef, on generated numbers only (no real BSNs). */
class BsnTests {

    private final Random random = new Random(20261129L);

    private String generated() {
        return nl.schakel.TestBsn.generated(random);
    }

    @Test
    void changingOneDigitBreaksTheElfproef() {
        for (int i = 0; i < 1000; i++) {
            String bsn = generated();
            int position = random.nextInt(9);
            int digit = bsn.charAt(position) - '0';
            int other = (digit + 1 + random.nextInt(9)) % 10;
            String changed = bsn.substring(0, position) + other + bsn.substring(position + 1);
            assertThat(Bsn.isValid(changed)).as("one digit changed").isFalse();
        }
    }

    @Test
    void allZerosWrongLengthAndNonDigitsAreRefused() {
        assertThat(Bsn.isValid("000000000")).isFalse();
        String bsn = generated();
        assertThat(Bsn.isValid(bsn.substring(1))).isFalse();
        assertThat(Bsn.isValid(bsn + "0")).isFalse();
        assertThat(Bsn.isValid("12345678a")).isFalse();
        assertThat(Bsn.isValid("")).isFalse();
        assertThatThrownBy(() -> new Bsn("000000000")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void spacesAndDotsAreIgnoredWhenParsing() {
        String bsn = generated();
        String typed = bsn.substring(0, 4) + "." + bsn.substring(4, 6) + " " + bsn.substring(6);
        assertThat(Bsn.parse(typed)).contains(new Bsn(bsn));
    }

    @Test
    void theNumberNeverShowsInToString() {
        String bsn = generated();
        assertThat(new Bsn(bsn).toString()).doesNotContain(bsn);
    }
}
