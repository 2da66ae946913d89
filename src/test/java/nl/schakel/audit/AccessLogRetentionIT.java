package nl.schakel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.UUID;
import nl.schakel.MutableClock;
import nl.schakel.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** Retention of the access log: old rows go, young rows stay, and the minimum of five years cannot be lowered. */
@SpringBootTest
@Import(TestClockConfiguration.class)
class AccessLogRetentionIT {

    @Autowired
    AccessLogRetention retention;

    @Autowired
    AccessLog accessLog;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JdbcClient jdbcClient;

    @Test
    @Transactional // rolled back: the shared chain is left as it was
    void purgesRowsOlderThanTheRetentionAndLogsThePurge() {
        String old = "retentie-oud-" + UUID.randomUUID();
        String young = "retentie-jong-" + UUID.randomUUID();
        Instant realNow = clock.instant();
        clock.set(realNow.minus(Duration.ofDays(6 * 366)));
        accessLog.record(AccessEvent.anonymous("test.retention", ActionCode.R, Outcome.GESLAAGD)
                .on("test", old));
        clock.set(realNow.minus(Duration.ofDays(4 * 365)));
        accessLog.record(AccessEvent.anonymous("test.retention", ActionCode.R, Outcome.GESLAAGD)
                .on("test", young));
        clock.set(realNow);

        int removed = retention.purge();

        assertThat(removed).isGreaterThanOrEqualTo(1);
        assertThat(count(old)).isZero();
        assertThat(count(young)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE event = 'audit.retention'", Integer.class))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    @Transactional
    void theDatabaseRefusesToDeleteRowsYoungerThanFiveYearsEvenWithThePurgeSwitchOn() {
        String young = "retentie-jong-" + UUID.randomUUID();
        accessLog.record(AccessEvent.anonymous("test.retention", ActionCode.R, Outcome.GESLAAGD)
                .on("test", young));
        jdbcClient
                .sql("SELECT set_config('schakel.audit_purge', 'on', true)")
                .query()
                .singleRow();

        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit.access_log WHERE object_id = ?", young))
                .hasStackTraceContaining("append-only");
    }

    @Test
    void aRetentionShorterThanFiveYearsIsRefused() {
        assertThatThrownBy(() -> new AccessLogRetention(jdbcClient, accessLog, Period.ofYears(4)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("P5Y");
    }

    private int count(String objectId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE object_id = ?", Integer.class, objectId);
    }
}
