package nl.schakel.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TotpTests {

    /** The RFC 6238 appendix B SHA1 seed "12345678901234567890" (ASCII), base32-encoded. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private static final Instant AT = Instant.ofEpochSecond(1_111_111_111L);
    private static final long STEP = 1_111_111_111L / 30;

    @Test
    void encodesTheRfcSeedAsItsKnownBase32Form() {
        assertThat(Totp.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(RFC_SECRET);
        assertThat(Totp.decode(RFC_SECRET)).isEqualTo("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
    }

    /** RFC 6238 appendix B, SHA1 column: the 8-digit codes truncated to their last 6 digits. */
    @ParameterizedTest
    @CsvSource({
        "59, 287082", // 94287082
        "1111111109, 081804", // 07081804
        "1111111111, 050471", // 14050471
        "1234567890, 005924", // 89005924
        "2000000000, 279037", // 69279037
        "20000000000, 353130" // 65353130
    })
    void computesTheRfc6238TestVectors(long epochSecond, String expected) {
        assertThat(Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(epochSecond))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "59, 1", // step 1
        "1111111109, 37037036",
        "1234567890, 41152263",
        "20000000000, 666666666"
    })
    void acceptsTheRfcCodeAtItsOwnTimeAndReturnsItsStep(long epochSecond, long step) {
        Instant at = Instant.ofEpochSecond(epochSecond);
        assertThat(Totp.verify(RFC_SECRET, Totp.codeAt(RFC_SECRET, at), at, 0)).hasValue(step);
    }

    @Test
    void acceptsTheCodeOfOneStepBeforeAndOneStepAfterNow() {
        String previous = Totp.codeAt(RFC_SECRET, AT.minusSeconds(30));
        String next = Totp.codeAt(RFC_SECRET, AT.plusSeconds(30));

        assertThat(Totp.verify(RFC_SECRET, previous, AT, 0)).hasValue(STEP - 1);
        assertThat(Totp.verify(RFC_SECRET, next, AT, 0)).hasValue(STEP + 1);
    }

    @Test
    void refusesTheCodeOfTwoStepsBeforeOrAfterNow() {
        String tooOld = Totp.codeAt(RFC_SECRET, AT.minusSeconds(60));
        String tooNew = Totp.codeAt(RFC_SECRET, AT.plusSeconds(60));

        assertThat(Totp.verify(RFC_SECRET, tooOld, AT, 0)).isEmpty();
        assertThat(Totp.verify(RFC_SECRET, tooNew, AT, 0)).isEmpty();
    }

    @Test
    void refusesACodeWhoseStepWasAlreadyUsed() {
        String code = Totp.codeAt(RFC_SECRET, AT);
        OptionalLong first = Totp.verify(RFC_SECRET, code, AT, 0);

        assertThat(first).hasValue(STEP);
        assertThat(Totp.verify(RFC_SECRET, code, AT, first.getAsLong())).isEmpty();
        // still refused a little later, while the step is inside the window
        assertThat(Totp.verify(RFC_SECRET, code, AT.plusSeconds(30), first.getAsLong()))
                .isEmpty();
    }

    @Test
    void refusesAnOlderCodeAfterANewerOneWasUsed() {
        String previous = Totp.codeAt(RFC_SECRET, AT.minusSeconds(30));

        assertThat(Totp.verify(RFC_SECRET, previous, AT, STEP)).isEmpty();
    }

    @Test
    void acceptsTheNextStepsCodeAfterTheCurrentOneWasUsed() {
        String next = Totp.codeAt(RFC_SECRET, AT.plusSeconds(30));

        assertThat(Totp.verify(RFC_SECRET, next, AT, STEP)).hasValue(STEP + 1);
    }

    @Test
    void refusesAWrongCode() {
        String right = Totp.codeAt(RFC_SECRET, AT);
        String wrong = "%06d".formatted((Integer.parseInt(right) + 1) % 1_000_000);

        assertThat(Totp.verify(RFC_SECRET, wrong, AT, 0)).isEmpty();
    }

    @Test
    void ignoresSpacesInsideTheCode() {
        String code = Totp.codeAt(RFC_SECRET, AT);

        assertThat(Totp.verify(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), AT, 0))
                .hasValue(STEP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "     ", "05047", "0504711", "05o471", "-50471", "+50471", "０５０４７１", "050471\u0000"})
    void refusesMalformedCodes(String code) {
        // at AT the right code is 050471: each malformed variant is close to it
        assertThat(Totp.verify(RFC_SECRET, code, AT, 0)).isEmpty();
    }

    @Test
    void makesSecretsOf160RandomBits() {
        String one = Totp.newSecret();
        String two = Totp.newSecret();

        assertThat(one).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.decode(one)).hasSize(20);
        assertThat(one).isNotEqualTo(two);
    }
}
