package nl.schakel.identity.persistence;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The key that signs API access tokens. Kept in the database so that every node signs and checks with the same
 * key; the first node to start creates it (under a lock, so two nodes starting together create one).
 */
@Repository
public class SigningKeyStore {

    private static final long KEY_LOCK = 7_000_001;

    private final JdbcClient jdbc;
    private final Clock clock;

    SigningKeyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public RSAKey current() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(KEY_LOCK).query().singleRow();
        String stored = jdbc.sql("SELECT jwk FROM identity.signing_key ORDER BY created_at DESC LIMIT 1")
                .query(String.class)
                .optional()
                .orElse(null);
        try {
            if (stored != null) {
                return RSAKey.parse(stored);
            }
            RSAKey key = new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
            jdbc.sql("INSERT INTO identity.signing_key (id, jwk, created_at) VALUES (?, ?, ?)")
                    .params(key.getKeyID(), key.toJSONString(), Timestamp.from(clock.instant()))
                    .update();
            return key;
        } catch (JOSEException | ParseException e) {
            throw new IllegalStateException("The token signing key could not be read or made", e);
        }
    }
}
