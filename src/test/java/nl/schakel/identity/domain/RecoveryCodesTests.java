package nl.schakel.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecoveryCodesTests {

    @Test
    void generatesTenCodesOfTenCharactersInTwoGroups() {
        List<String> codes = RecoveryCodes.generate();

        assertThat(codes).hasSize(RecoveryCodes.COUNT).hasSize(10);
        assertThat(codes).allSatisfy(code -> assertThat(code).matches("[a-z2-9]{5}-[a-z2-9]{5}"));
    }

    @Test
    void usesNoCharactersThatAreEasilyConfused() {
        List<String> codes = RecoveryCodes.generate();

        assertThat(String.join("", codes)).doesNotContain("0", "1", "o", "l", "i");
    }

    @Test
    void generatesDifferentCodesEachTime() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            seen.addAll(RecoveryCodes.generate());
        }

        assertThat(seen).hasSize(20 * RecoveryCodes.COUNT);
    }

    @Test
    void storesAHashNotTheCode() {
        String code = "abcde-fghjk";

        assertThat(RecoveryCodes.hash(code)).matches("[0-9a-f]{64}").doesNotContain("abcde");
    }

    @Test
    void hashesTheSameCodeTheSameWayIgnoringCaseSpacesAndDashes() {
        String stored = RecoveryCodes.hash("abcde-fghjk");

        assertThat(RecoveryCodes.hash("ABCDE-FGHJK")).isEqualTo(stored);
        assertThat(RecoveryCodes.hash("abcdefghjk")).isEqualTo(stored);
        assertThat(RecoveryCodes.hash(" abcde fghjk ")).isEqualTo(stored);
    }

    @Test
    void hashesDifferentCodesDifferently() {
        assertThat(RecoveryCodes.hash("abcde-fghjk")).isNotEqualTo(RecoveryCodes.hash("abcde-fghjm"));
    }

    @Test
    void hashesWithSha256() {
        // SHA-256("abc"), FIPS 180-2 example
        assertThat(RecoveryCodes.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
