package nl.schakel.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For the crash drill ({@code drills.CrashDrill}): the full check of every access-log chain that
 * {@code --verify-access-log} runs ({@link AccessLog#verifyFullChain()}), on a database reached with a plain
 * {@link JdbcTemplate}, without starting a second Schakel after every restart.
 */
public final class CrashKetenControle {

    private CrashKetenControle() {}

    public static ChainVerificationResult verifyFullChain(JdbcTemplate database) {
        return new AccessLogStore(JdbcClient.create(database), database).verify(true);
    }
}
