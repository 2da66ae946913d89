package nl.schakel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.schakel.MutableClock;
import nl.schakel.TestClockConfiguration;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chains, checkpoints and paged search of the access log at work (issue 14, ADR-0034), against the real
 * PostgreSQL shared by every IT of the JVM: tampering is always rolled back.
 */
@SpringBootTest
@Import(TestClockConfiguration.class)
class AccessLogChainsIT {

    @Autowired
    AccessLog accessLog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MutableClock clock;

    @Test
    void concurrentAppendsSpreadOverTheChainsAndEveryChainStaysWhole() throws Exception {
        String object = "gelijktijdig-" + UUID.randomUUID();
        int threads = 12;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        transactions.executeWithoutResult(status -> {
                            accessLog.record(event(object));
                            // the rest of the surrounding transaction, while the chain stays locked
                            jdbc.queryForObject("SELECT pg_sleep(0.002)", Object.class);
                            accessLog.record(event(object).segment("tweede regel"));
                        });
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE object_id = ?", Integer.class, object))
                .isEqualTo(threads * perThread * 2);
        assertThat(jdbc.queryForObject(
                        "SELECT count(DISTINCT chain) FROM audit.access_log WHERE object_id = ?",
                        Integer.class,
                        object))
                .as("transactions at the same time write to different chains")
                .isGreaterThan(1);
        ChainVerificationResult full = accessLog.verifyFullChain();
        assertThat(full.intact())
                .as("first broken at %s", full.firstBrokenSeq())
                .isTrue();
        assertThat(jdbc.queryForList(
                        "SELECT c.last_hash = (SELECT hash FROM audit.access_log l WHERE l.chain = c.chain"
                                + " ORDER BY seq DESC LIMIT 1) FROM audit.access_log_chain c"
                                + " WHERE EXISTS (SELECT 1 FROM audit.access_log l WHERE l.chain = c.chain)",
                        Boolean.class))
                .as("each chain's last hash is its last row's")
                .containsOnly(true);
    }

    @Test
    void aCheckpointLetsTheCheckStartThereWhileTheFullCheckStillSeesEverything() {
        transactions.executeWithoutResult(status -> {
            try {
                String object = "controlepunt-" + UUID.randomUUID();
                // one transaction holds one chain: these rows are consecutive in it
                accessLog.record(event(object).purpose("a1"));
                accessLog.record(event(object).purpose("a2"));
                ChainVerificationResult first = accessLog.verifyChain();
                assertThat(first.intact())
                        .as("first broken at %s", first.firstBrokenSeq())
                        .isTrue();
                long a1 = seq(object, "a1");
                long a2 = seq(object, "a2");
                assertThat(jdbc.queryForObject(
                                "SELECT hash FROM audit.access_log_checkpoint WHERE seq = ? ORDER BY id DESC LIMIT 1",
                                String.class,
                                a2))
                        .as("a checkpoint at the last row of our chain")
                        .isEqualTo(jdbc.queryForObject(
                                "SELECT hash FROM audit.access_log WHERE seq = ?", String.class, a2));

                accessLog.record(event(object).purpose("b1"));
                accessLog.record(event(object).purpose("b2"));
                long b1 = seq(object, "b1");
                ChainVerificationResult since = accessLog.verifyChain();
                assertThat(since.intact()).isTrue();
                assertThat(since.checked())
                        .as("from the checkpoints on, not all rows")
                        .isLessThan(accessLog.verifyFullChain().checked());

                // someone with superuser rights gets past the append-only trigger, before and after the checkpoint
                jdbc.execute("SET LOCAL session_replication_role = replica");
                jdbc.update("UPDATE audit.access_log SET purpose = 'gewijzigd' WHERE seq IN (?, ?)", a1, b1);
                jdbc.execute("SET LOCAL session_replication_role = origin");

                // the check above wrote checkpoints again (at b2): tampering before them only the full check finds
                assertThat(accessLog.verifyChain().intact()).isTrue();
                assertThat(accessLog.verifyFullChain().firstBrokenSeq()).isEqualTo(a1);
            } finally {
                status.setRollbackOnly();
            }
        });
    }

    @Test
    void theIncrementalCheckFindsTamperingAfterTheCheckpointAndAtItsRow() {
        transactions.executeWithoutResult(status -> {
            try {
                String object = "na-controlepunt-" + UUID.randomUUID();
                accessLog.record(event(object).purpose("a1"));
                accessLog.record(event(object).purpose("a2"));
                assertThat(accessLog.verifyChain().intact()).isTrue();
                accessLog.record(event(object).purpose("b1"));
                long a2 = seq(object, "a2");
                long b1 = seq(object, "b1");

                jdbc.execute("SET LOCAL session_replication_role = replica");
                jdbc.update("UPDATE audit.access_log SET purpose = 'gewijzigd' WHERE seq = ?", b1);
                jdbc.execute("SET LOCAL session_replication_role = origin");
                assertThat(accessLog.verifyChain().firstBrokenSeq()).isEqualTo(b1);
                assertThat(jdbc.queryForObject(
                                "SELECT count(*) FROM audit.access_log_checkpoint WHERE seq = ?", Integer.class, b1))
                        .as("a broken chain gets no checkpoint")
                        .isZero();

                jdbc.execute("SET LOCAL session_replication_role = replica");
                jdbc.update("UPDATE audit.access_log SET purpose = 'ook gewijzigd' WHERE seq = ?", a2);
                jdbc.execute("SET LOCAL session_replication_role = origin");
                assertThat(accessLog.verifyChain().firstBrokenSeq())
                        .as("the checkpoint's own row is checked against the checkpoint")
                        .isEqualTo(a2);
            } finally {
                status.setRollbackOnly();
            }
        });
    }

    @Test
    void refusesToChangeACheckpoint() {
        transactions.executeWithoutResult(status -> {
            try {
                accessLog.verifyChain();
                assertThatThrownBy(() -> jdbc.update("UPDATE audit.access_log_checkpoint SET hash = 'x'"))
                        .rootCause()
                        .hasMessageContaining("append-only");
            } finally {
                status.setRollbackOnly();
            }
        });
    }

    @Test
    void searchesPageByPageNewestFirstWithoutGapsOrRepeats() {
        TenantId tenant = TenantId.random();
        TenantId other = TenantId.random();
        String object = "pagina-" + UUID.randomUUID();
        int own = AccessLogQuery.PAGE_SIZE + 30;
        Actor worker = AccessLogIT.member(tenant, Role.BEROEPSKRACHT);
        Actor outsider = AccessLogIT.member(other, Role.BEROEPSKRACHT);
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < own; i++) {
                accessLog.record(
                        AccessEvent.by(worker, "test.event", ActionCode.R).on("test", object));
            }
            // an attempt by another organisation on our record, and one of theirs on their own
            accessLog.record(AccessEvent.by(outsider, "test.event", ActionCode.R)
                    .on("test", object)
                    .outcome(Outcome.GEWEIGERD)
                    .ownedBy(tenant));
            accessLog.record(
                    AccessEvent.by(outsider, "test.event", ActionCode.R).on("test", object));
        });
        Actor reader = AccessLogIT.reader(
                tenant, clock.instant().truncatedTo(ChronoUnit.MICROS).minusSeconds(60));

        AccessLogPage first = accessLog.page(reader, new AccessLogQuery(object, null, null, null));
        AccessLogPage second = accessLog.page(reader, new AccessLogQuery(object, null, null, null, first.older()));

        assertThat(first.rows()).hasSize(AccessLogQuery.PAGE_SIZE);
        assertThat(first.older()).isEqualTo(first.rows().getLast().seq());
        assertThat(second.older()).as("the last page").isNull();
        List<AccessLogEntry> all = new ArrayList<>(first.rows());
        all.addAll(second.rows());
        assertThat(all).hasSize(own + 1);
        assertThat(all).extracting(AccessLogEntry::seq).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(all).extracting(AccessLogEntry::seq).doesNotHaveDuplicates();
        assertThat(all.getFirst().outcome())
                .as("the other organisation's attempt on our record is in it, newest first")
                .isEqualTo(Outcome.GEWEIGERD);
        assertThat(all).allSatisfy(row -> assertThat(row.tenantId()).isIn(tenant.value(), other.value()));
        assertThat(jdbc.queryForList(
                        "SELECT purpose FROM audit.access_log WHERE event = 'audit.search' AND user_id = ?"
                                + " ORDER BY seq",
                        String.class,
                        reader.userId().value()))
                .as("each page asked for is logged")
                .hasSize(2)
                .last()
                .asString()
                .contains("ouder dan regel " + first.older());
    }

    private long seq(String object, String purpose) {
        Long seq = jdbc.queryForObject(
                "SELECT seq FROM audit.access_log WHERE object_id = ? AND purpose = ?", Long.class, object, purpose);
        return seq == null ? -1 : seq;
    }

    private static AccessEvent event(String object) {
        return AccessEvent.anonymous("test.event", ActionCode.E, Outcome.GESLAAGD)
                .on("test", object);
    }
}
