package nl.schakel.identity.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Failure counts per throttle key, shared by all nodes through the database. */
@Repository
public class ThrottleStore {

    private final JdbcClient jdbc;

    ThrottleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Failures> find(String key) {
        return jdbc.sql("SELECT failures, last_failure FROM identity.login_throttle WHERE key = ?")
                .param(key)
                .query((rs, row) -> new Failures(
                        rs.getInt("failures"), rs.getTimestamp("last_failure").toInstant()))
                .optional();
    }

    public void recordFailure(String key, Instant now, Instant forgetBefore) {
        jdbc.sql("INSERT INTO identity.login_throttle (key, failures, last_failure) VALUES (?, 1, ?)"
                        + " ON CONFLICT (key) DO UPDATE SET last_failure = EXCLUDED.last_failure,"
                        + " failures = CASE WHEN identity.login_throttle.last_failure < ? THEN 1"
                        + " ELSE identity.login_throttle.failures + 1 END")
                .params(key, Timestamp.from(now), Timestamp.from(forgetBefore))
                .update();
    }

    public void reset(String key) {
        jdbc.sql("DELETE FROM identity.login_throttle WHERE key = ?").param(key).update();
    }

    public record Failures(int count, Instant last) {}
}
