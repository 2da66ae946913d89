package nl.schakel.veiligthuis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import nl.schakel.keten.Pseudoniemen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The key this region computes its VT-register pseudonyms with ({@link Pseudoniemen}, ADR-0024), shared by all regions
 * and never given to the register: {@code schakel.vt-register.sleutel} (32 bytes or more, base64; set it with
 * {@code SCHAKEL_VT_REGISTER_SLEUTEL}) and its version {@code schakel.vt-register.sleutelversie} (default 1), which
 * travels with every registration so that the register matches only within one version. With the {@code prod} profile
 * a missing or short key stops the start; elsewhere a blank key means a fixed development key and a warning.
 */
@Component
class RegisterSleutel {

    private static final Logger log = LoggerFactory.getLogger(RegisterSleutel.class);
    static final int MIN_BYTES = 32;

    private final byte[] sleutel;
    private final int versie;

    RegisterSleutel(
            @Value("${schakel.vt-register.sleutel:}") String geconfigureerd,
            @Value("${schakel.vt-register.sleutelversie:1}") int versie,
            Environment env) {
        if (versie < 1) {
            throw new IllegalStateException("schakel.vt-register.sleutelversie must be 1 or more");
        }
        boolean prod = Arrays.asList(env.getActiveProfiles()).contains("prod");
        if (geconfigureerd.isBlank()) {
            if (prod) {
                throw new IllegalStateException("Set SCHAKEL_VT_REGISTER_SLEUTEL (at least 32 random bytes, base64;"
                        + " the same key in every region) in production: it makes the VT-register pseudonyms");
            }
            log.warn("No schakel.vt-register.sleutel set: using the development key for the VT-register pseudonyms."
                    + " Never do this in production.");
            this.sleutel = sha256("schakel-vt-register-development-key-not-for-production");
        } else {
            byte[] decoded;
            try {
                decoded = Base64.getDecoder().decode(geconfigureerd.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("schakel.vt-register.sleutel is not valid base64", e);
            }
            if (decoded.length < MIN_BYTES) {
                throw new IllegalStateException(
                        "schakel.vt-register.sleutel must be at least 32 bytes, base64-encoded (openssl rand -base64 32)");
            }
            this.sleutel = decoded;
        }
        this.versie = versie;
    }

    /** The version of the key, registered with every pseudonym. */
    int versie() {
        return versie;
    }

    /** The pseudonym of a BSN under this region's key. */
    String vanBsn(String bsn) {
        return Pseudoniemen.vanBsn(sleutel, bsn);
    }

    /** The pseudonym of a person without a BSN, from name and date of birth, under this region's key. */
    String vanNaamEnGeboortedatum(String naam, java.time.LocalDate geboortedatum) {
        return Pseudoniemen.vanNaamEnGeboortedatum(sleutel, naam, geboortedatum);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
