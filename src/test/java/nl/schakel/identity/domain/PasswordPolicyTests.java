package nl.schakel.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import nl.schakel.identity.domain.PasswordPolicy.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

    /** The list the application ships, read the way IdentityManagement reads it. */
    private static final PasswordPolicy POLICY = new PasswordPolicy(shippedCommonPasswords());

    @Test
    void acceptsTheDemoPassword() {
        assertThat(POLICY.check("Demo-wachtwoord-2026!", "leerkracht")).isEmpty();
    }

    @Test
    void refusesElevenCharactersAndAcceptsTwelve() {
        assertThat(POLICY.check("kx7-Pq2!zRm", "jan")).contains(Refusal.TOO_SHORT);
        assertThat(POLICY.check("kx7-Pq2!zRmw", "jan")).isEmpty();
    }

    @Test
    void acceptsOneHundredTwentyEightCharactersAndRefusesOneHundredTwentyNine() {
        String base = "kx7-Pq2!zRmw".repeat(11); // 132
        assertThat(POLICY.check(base.substring(0, 128), "jan")).isEmpty();
        assertThat(POLICY.check(base.substring(0, 129), "jan")).contains(Refusal.TOO_LONG);
    }

    @Test
    void countsCodePointsNotUtf16CharsForTheMinimum() {
        // 11 emoji are 22 UTF-16 chars but only 11 characters
        String elevenEmoji = "\uD83D\uDE00".repeat(11);
        assertThat(elevenEmoji).hasSize(22);
        assertThat(POLICY.check(elevenEmoji, "jan")).contains(Refusal.TOO_SHORT);
        assertThat(POLICY.check(elevenEmoji + "\uD83D\uDE01", "jan")).isEmpty();
    }

    @Test
    void countsCodePointsNotUtf16CharsForTheMaximum() {
        // 128 emoji are 256 UTF-16 chars but only 128 characters
        String emoji128 = "\uD83D\uDE00\uD83D\uDE01".repeat(64);
        assertThat(POLICY.check(emoji128, "jan")).isEmpty();
        assertThat(POLICY.check(emoji128 + "x", "jan")).contains(Refusal.TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789012", "1q2w3e4r1q2w3e4r", "demodemo1234", "DEMODEMO1234"})
    void refusesPasswordsFromTheCommonList(String password) {
        assertThat(POLICY.check(password, "jan")).contains(Refusal.COMMON);
    }

    @Test
    void refusesACommonPasswordWithPunctuationAdded() {
        assertThat(POLICY.check("demo-demo-1234", "jan")).contains(Refusal.COMMON);
    }

    @Test
    void refusesOnlyWhatIsOnTheList() {
        PasswordPolicy policy = new PasswordPolicy(Set.of("paarsebanaan77"));

        assertThat(policy.check("PaarseBanaan77", "jan")).contains(Refusal.COMMON);
        assertThat(policy.check("paarse banaan 77", "jan")).contains(Refusal.COMMON);
        assertThat(policy.check("paarsebanaan78", "jan")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pietjepuk-geheim-42", "geheim-PIETJEPUK-42", "42-geheim-PietjePuk"})
    void refusesAPasswordThatContainsTheUsername(String password) {
        assertThat(POLICY.check(password, "PietjePuk")).contains(Refusal.CONTAINS_USERNAME);
    }

    @Test
    void acceptsAPasswordWithoutTheUsername() {
        assertThat(POLICY.check("pietje-geheim-42", "PietjePuk")).isEmpty();
    }

    @Test
    void givesEachRefusalAMessageKey() {
        for (Refusal refusal : Refusal.values()) {
            assertThat(refusal.messageKey()).startsWith("wachtwoord.fout.");
        }
    }

    private static Set<String> shippedCommonPasswords() {
        try (InputStream in = PasswordPolicyTests.class.getResourceAsStream("/identity/common-passwords.txt")) {
            assertThat(in).as("identity/common-passwords.txt on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
