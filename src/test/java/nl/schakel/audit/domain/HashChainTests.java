package nl.schakel.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class HashChainTests {

    private static final List<String> FIELDS = List.of("identity.login", "E", "GESLAAGD");

    @Test
    void startsFromAGenesisOfSixtyFourZeros() {
        assertThat(HashChain.GENESIS).hasSize(64).matches("0+");
    }

    @Test
    void hashesThePreviousHashAndTheLengthPrefixedFieldsWithSha256() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        String expected = HexFormat.of()
                .formatHex(digest.digest(
                        (HashChain.GENESIS + "14:identity.login1:E8:GESLAAGD").getBytes(StandardCharsets.UTF_8)));

        assertThat(HashChain.link(HashChain.GENESIS, FIELDS)).isEqualTo(expected);
    }

    @Test
    void givesTheSameHashForTheSameInput() {
        assertThat(HashChain.link(HashChain.GENESIS, FIELDS)).isEqualTo(HashChain.link(HashChain.GENESIS, FIELDS));
    }

    @Test
    void changesWhenAFieldChanges() {
        assertThat(HashChain.link(HashChain.GENESIS, List.of("identity.login", "E", "GEWEIGERD")))
                .isNotEqualTo(HashChain.link(HashChain.GENESIS, FIELDS));
    }

    @Test
    void changesWhenThePreviousHashChanges() {
        String other = "f".repeat(64);

        assertThat(HashChain.link(other, FIELDS)).isNotEqualTo(HashChain.link(HashChain.GENESIS, FIELDS));
    }

    @Test
    void distinguishesFieldsMovedAcrossTheirBoundary() {
        assertThat(HashChain.link(HashChain.GENESIS, List.of("ab", "c")))
                .isNotEqualTo(HashChain.link(HashChain.GENESIS, List.of("a", "bc")));
    }

    @Test
    void distinguishesTheOrderOfFields() {
        assertThat(HashChain.link(HashChain.GENESIS, List.of("a", "b")))
                .isNotEqualTo(HashChain.link(HashChain.GENESIS, List.of("b", "a")));
    }

    @Test
    void hashesANullFieldAsEmpty() {
        assertThat(HashChain.link(HashChain.GENESIS, Arrays.asList("a", null)))
                .isEqualTo(HashChain.link(HashChain.GENESIS, List.of("a", "")));
    }

    @Test
    void hashesNonAsciiTextAsUtf8() {
        assertThat(HashChain.link(HashChain.GENESIS, List.of("cliënt")))
                .isNotEqualTo(HashChain.link(HashChain.GENESIS, List.of("client")))
                .matches("[0-9a-f]{64}");
    }
}
