package nl.schakel.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The key that encrypts secrets at rest ({@code schakel.security.secret-key}: 32 bytes, base64; set it with
 * {@code SCHAKEL_SECURITY_SECRET_KEY}). Required with the {@code prod} profile; without it, outside production, a
 * fixed development key is used and a warning is logged.
 */
@Component
class SecretKeys {

    private static final Logger log = LoggerFactory.getLogger(SecretKeys.class);

    private final byte[] key;

    SecretKeys(@Value("${schakel.security.secret-key:}") String configured, Environment env) {
        if (!configured.isBlank()) {
            byte[] decoded = Base64.getDecoder().decode(configured.strip());
            if (decoded.length != 32) {
                throw new IllegalStateException("schakel.security.secret-key must be 32 bytes, base64-encoded");
            }
            this.key = decoded;
        } else if (Arrays.asList(env.getActiveProfiles()).contains("prod")) {
            throw new IllegalStateException(
                    "Set SCHAKEL_SECURITY_SECRET_KEY (32 random bytes, base64) in production: it encrypts secrets at rest");
        } else {
            log.warn("No schakel.security.secret-key set: using the development key. Never do this in production.");
            this.key = sha256("schakel-development-key-not-for-production");
        }
    }

    byte[] secretKey() {
        return key.clone();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
