package nl.schakel.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SecretCipherTests {

    private static final byte[] KEY = filled((byte) 7);
    private final SecretCipher cipher = new SecretCipher(KEY);

    @Test
    void decryptsWhatItEncrypted() {
        assertThat(cipher.decrypt(cipher.encrypt("JBSWY3DPEHPK3PXP"))).isEqualTo("JBSWY3DPEHPK3PXP");
    }

    @Test
    void theStoredFormHidesTheSecretAndDiffersEachTime() {
        String first = cipher.encrypt("JBSWY3DPEHPK3PXP");
        String second = cipher.encrypt("JBSWY3DPEHPK3PXP");

        assertThat(first).startsWith("v1:").doesNotContain("JBSWY3DPEHPK3PXP").isNotEqualTo(second);
    }

    @Test
    void aChangedValueOrAnotherKeyIsRefused() {
        String stored = cipher.encrypt("JBSWY3DPEHPK3PXP");
        // Flip one bit of the ciphertext itself: a changed base64 character can fall in the padding bits and decode
        // to the same bytes.
        byte[] bytes = java.util.Base64.getDecoder().decode(stored.substring("v1:".length()));
        bytes[bytes.length / 2] ^= 1;
        String changed = "v1:" + java.util.Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> cipher.decrypt(changed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretCipher(filled((byte) 8)).decrypt(stored))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt("JBSWY3DPEHPK3PXP")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyA256BitKeyIsAccepted() {
        assertThatThrownBy(() -> new SecretCipher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] filled(byte value) {
        byte[] key = new byte[32];
        Arrays.fill(key, value);
        return key;
    }
}
