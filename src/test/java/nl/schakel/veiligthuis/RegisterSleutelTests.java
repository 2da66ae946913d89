package nl.schakel.veiligthuis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The key of the VT-register pseudonyms: required in production, a development key (with a warning) elsewhere. */
class RegisterSleutelTests {

    private static final String SLEUTEL = Base64.getEncoder().encodeToString(new byte[32]);

    private static MockEnvironment prod() {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("prod");
        return env;
    }

    @Test
    void prod_refusesABlankOrShortKey_withAClearMessage() {
        assertThatThrownBy(() -> new RegisterSleutel("", 1, prod()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SCHAKEL_VT_REGISTER_SLEUTEL");
        String kort = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> new RegisterSleutel(kort, 1, prod()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 32 bytes");
        assertThatThrownBy(() -> new RegisterSleutel("niet base64!", 1, prod()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("base64");
    }

    @Test
    void prod_acceptsA32ByteKey_andItsVersion() {
        RegisterSleutel sleutel = new RegisterSleutel(SLEUTEL, 2, prod());
        assertThat(sleutel.versie()).isEqualTo(2);
        assertThat(sleutel.vanBsn("111222333"))
                .isEqualTo(nl.schakel.keten.Pseudoniemen.vanBsn(new byte[32], "111222333"));
    }

    @Test
    void outsideProd_aBlankKeyIsTheFixedDevelopmentKey() {
        RegisterSleutel een = new RegisterSleutel("", 1, new MockEnvironment());
        RegisterSleutel twee = new RegisterSleutel(" ", 1, new MockEnvironment());
        assertThat(een.vanBsn("111222333")).isEqualTo(twee.vanBsn("111222333"));
        assertThat(een.vanBsn("111222333")).isNotEqualTo(new RegisterSleutel(SLEUTEL, 1, prod()).vanBsn("111222333"));
    }

    @Test
    void aVersionBelowOneIsRefused() {
        assertThatThrownBy(() -> new RegisterSleutel(SLEUTEL, 0, new MockEnvironment()))
                .isInstanceOf(IllegalStateException.class);
    }
}
