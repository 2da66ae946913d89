package nl.schakel.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes access-log rows older than the retention period ({@code schakel.audit.retention}, at least five years:
 * NEN 7513 §8.5 and Stcrt. 2019, 38007) once a day, on one node, and logs that it did. The database itself refuses
 * to delete younger rows. The chain stays verifiable: the oldest remaining row becomes its anchor.
 */
@Component
class AccessLogRetention {

    static final Period MINIMUM = Period.ofYears(5);

    private final JdbcClient jdbc;
    private final AccessLog accessLog;
    private final Period retention;

    AccessLogRetention(
            JdbcClient jdbc, AccessLog accessLog, @Value("${schakel.audit.retention:P5Y}") Period retention) {
        if (retention.toTotalMonths() < MINIMUM.toTotalMonths()) {
            throw new IllegalStateException(
                    "schakel.audit.retention must be at least P5Y (NEN 7513); it is " + retention);
        }
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.retention = retention;
    }

    @Scheduled(cron = "${schakel.audit.retention-cron:0 40 3 * * *}")
    @SchedulerLock(name = "audit-retention")
    @Transactional
    public void purgeDaily() {
        purge();
    }

    /** Deletes what is past the retention and returns how many rows went. */
    @Transactional
    public int purge() {
        // the database's clock, like the trigger that guards the minimum
        Instant before = jdbc.sql("SELECT now() - CAST(? AS interval)")
                .param(retention.toString())
                .query(Timestamp.class)
                .single()
                .toInstant();
        jdbc.sql("SELECT set_config('schakel.audit_purge', 'on', true)").query().singleRow();
        int removed = jdbc.sql("DELETE FROM audit.access_log WHERE occurred_at < ?")
                .param(Timestamp.from(before))
                .update();
        jdbc.sql("SELECT set_config('schakel.audit_purge', 'off', true)")
                .query()
                .singleRow();
        accessLog.record(AccessEvent.anonymous("audit.retention", ActionCode.D, Outcome.GESLAAGD)
                .on("toegangslog", "bewaartermijn")
                .segment(removed + " regels ouder dan " + before)
                .purpose("bewaartermijn " + retention));
        return removed;
    }
}
