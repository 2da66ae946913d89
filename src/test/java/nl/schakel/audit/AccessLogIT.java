package nl.schakel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.schakel.MutableClock;
import nl.schakel.TestClockConfiguration;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import org.assertj.core.groups.Tuple;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access log against the real PostgreSQL: transaction semantics, the append-only triggers, the hash chain and
 * who may search. The database is shared by every IT of the JVM, so each test works on rows with its own random
 * tenant or object id, and the tamper test rolls its changes back.
 */
@SpringBootTest
@Import(TestClockConfiguration.class)
class AccessLogIT {

    @Autowired
    AccessLog accessLog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MutableClock clock;

    @Test
    void rollsTheRowBackWithTheActionItRecords() {
        String rolledBack = uniqueObject();
        String committed = uniqueObject();

        transactions.executeWithoutResult(status -> {
            accessLog.record(event(rolledBack));
            assertThat(rowsFor(rolledBack)).as("visible inside the transaction").isEqualTo(1);
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> accessLog.record(event(committed)));

        assertThat(rowsFor(rolledBack)).isZero();
        assertThat(rowsFor(committed)).isEqualTo(1);
    }

    @Test
    void keepsADenialWhenTheTransactionRollsBack() {
        String object = uniqueObject();

        transactions.executeWithoutResult(status -> {
            accessLog.recordDenial(event(object));
            status.setRollbackOnly();
        });

        assertThat(jdbc.queryForList("SELECT outcome FROM audit.access_log WHERE object_id = ?", String.class, object))
                .containsExactly("GEWEIGERD");
    }

    @Test
    void refusesUpdate() {
        String object = committedRow();

        assertRefusedAndRolledBack(
                "UPDATE audit.access_log SET purpose = 'gewijzigd' WHERE object_id = '%s'".formatted(object));

        assertThat(jdbc.queryForObject(
                        "SELECT purpose FROM audit.access_log WHERE object_id = ?", String.class, object))
                .isEqualTo("test");
    }

    @Test
    void refusesDelete() {
        String object = committedRow();

        assertRefusedAndRolledBack("DELETE FROM audit.access_log WHERE object_id = '%s'".formatted(object));

        assertThat(rowsFor(object)).isEqualTo(1);
    }

    @Test
    void refusesDeleteOfYoungRowsEvenToThePurgeJob() {
        String object = committedRow();

        assertRefusedAndRolledBack(
                "SET LOCAL schakel.audit_purge = 'on'",
                "DELETE FROM audit.access_log WHERE object_id = '%s'".formatted(object));

        assertThat(rowsFor(object)).isEqualTo(1);
    }

    @Test
    void refusesTruncate() {
        String object = committedRow();

        assertRefusedAndRolledBack("TRUNCATE audit.access_log");

        assertThat(rowsFor(object)).isEqualTo(1);
    }

    @Test
    void reportsATamperedRowAsTheFirstBrokenLink() {
        transactions.executeWithoutResult(status -> {
            try {
                String object = uniqueObject();
                // appending takes a chain's lock until this transaction ends: our row stays the last of its chain
                accessLog.record(event(object));
                long seq =
                        jdbc.queryForObject("SELECT seq FROM audit.access_log WHERE object_id = ?", Long.class, object);
                ChainVerificationResult before = accessLog.verifyChain();
                assertThat(before.intact())
                        .as("chain before tampering: %s", before)
                        .isTrue();

                // someone with superuser rights gets past the append-only trigger
                jdbc.execute("SET LOCAL session_replication_role = replica");
                jdbc.update("UPDATE audit.access_log SET purpose = 'gewijzigd' WHERE seq = ?", seq);
                jdbc.execute("SET LOCAL session_replication_role = origin");

                // the check before wrote a checkpoint at our row: the incremental check starts there, the full at the
                // start
                ChainVerificationResult after = accessLog.verifyChain();
                assertThat(after.intact()).isFalse();
                assertThat(after.firstBrokenSeq()).isEqualTo(seq);
                ChainVerificationResult full = accessLog.verifyFullChain();
                assertThat(full.firstBrokenSeq()).isEqualTo(seq);
                assertThat(full.checked()).isGreaterThanOrEqualTo(before.checked());
            } finally {
                status.setRollbackOnly(); // leaves the shared chain whole for every other test
            }
        });
    }

    @Test
    void letsTheLogverantwoordelijkeSearchTheOwnTenantOnly() {
        TenantId own = TenantId.random();
        TenantId other = TenantId.random();
        String object = uniqueObject();
        accessLog.record(AccessEvent.by(member(own, Role.BEROEPSKRACHT), "dossier.read", ActionCode.R)
                .on("client", object));
        accessLog.record(AccessEvent.by(member(other, Role.BEROEPSKRACHT), "dossier.read", ActionCode.R)
                .on("client", object));
        accessLog.record(AccessEvent.anonymous("dossier.read", ActionCode.R, Outcome.GESLAAGD)
                .on("client", object));

        List<AccessLogEntry> found =
                accessLog.search(reader(own, secondFactorAgo(60)), new AccessLogQuery(object, null, null, null));

        assertThat(found).hasSize(1);
        assertThat(found.getFirst().tenantId()).isEqualTo(own.value());
        assertThat(found.getFirst().objectId()).isEqualTo(object);
    }

    @Test
    void showsTheOwningTenantTheAttemptOfAnotherTenantOnItsRecordButNotTheOtherWayRound() {
        TenantId school = TenantId.random();
        TenantId praktijk = TenantId.random();
        String object = uniqueObject();
        Actor huisarts = member(praktijk, Role.BEROEPSKRACHT);
        accessLog.recordDenial(AccessEvent.by(huisarts, "dossier.read", ActionCode.R)
                .on("dossier", object)
                .ownedBy(school));
        accessLog.recordDenial(AccessEvent.by(member(null, Role.PLATFORMBEHEERDER), "dossier.read", ActionCode.R)
                .on("dossier", object)
                .ownedBy(school));

        List<AccessLogEntry> forSchool =
                accessLog.search(reader(school, secondFactorAgo(60)), new AccessLogQuery(object, null, null, null));
        List<AccessLogEntry> forPraktijk =
                accessLog.search(reader(praktijk, secondFactorAgo(60)), new AccessLogQuery(object, null, null, null));

        assertThat(forSchool)
                .extracting(AccessLogEntry::tenantId, AccessLogEntry::outcome)
                .containsExactlyInAnyOrder(
                        Tuple.tuple(praktijk.value(), Outcome.GEWEIGERD), Tuple.tuple(null, Outcome.GEWEIGERD));
        assertThat(forSchool)
                .allSatisfy(row ->
                        assertThat(row.byAnotherOrganisation(school.value())).isTrue());
        assertThat(forPraktijk).extracting(AccessLogEntry::username).containsExactly(huisarts.username());
        assertThat(forPraktijk.getFirst().byAnotherOrganisation(praktijk.value()))
                .isFalse();
    }

    @Test
    void chainsTheOwningTenantSoChangingItBreaksTheLink() {
        transactions.executeWithoutResult(status -> {
            try {
                String object = uniqueObject();
                accessLog.record(event(object).ownedBy(TenantId.random()));
                long seq =
                        jdbc.queryForObject("SELECT seq FROM audit.access_log WHERE object_id = ?", Long.class, object);
                assertThat(accessLog.verifyChain().intact()).isTrue();

                jdbc.execute("SET LOCAL session_replication_role = replica");
                jdbc.update("UPDATE audit.access_log SET owner_tenant_id = NULL WHERE seq = ?", seq);
                jdbc.execute("SET LOCAL session_replication_role = origin");

                assertThat(accessLog.verifyChain().firstBrokenSeq()).isEqualTo(seq);
            } finally {
                status.setRollbackOnly();
            }
        });
    }

    @Test
    void recordsEachSearchInTheLog() {
        TenantId tenant = TenantId.random();
        Actor reader = reader(tenant, secondFactorAgo(60));

        accessLog.search(reader, new AccessLogQuery(null, "iemand", null, null));
        accessLog.search(reader, new AccessLogQuery(null, "iemand", null, null));

        assertThat(jdbc.queryForList(
                        "SELECT outcome FROM audit.access_log WHERE event = 'audit.search' AND user_id = ?"
                                + " AND tenant_id = ?",
                        String.class,
                        reader.userId().value(),
                        tenant.value()))
                .containsExactly("GESLAAGD", "GESLAAGD");
    }

    @Test
    void acceptsASecondFactorOfExactlyFiveMinutesAgo() {
        Actor reader = reader(TenantId.random(), secondFactorAgo(AccessLog.FRESH_SECOND_FACTOR_SECONDS));

        List<AccessLogEntry> found = accessLog.search(reader, new AccessLogQuery(null, null, null, null));

        // the only row of this fresh tenant is the search itself
        assertThat(found).extracting(AccessLogEntry::event).containsExactly("audit.search");
        assertThat(outcomesOfSearchesBy(reader)).containsExactly("GESLAAGD");
    }

    @Test
    void refusesASecondFactorOlderThanFiveMinutesAndLogsTheRefusal() {
        Actor reader = reader(
                TenantId.random(),
                secondFactorAgo(AccessLog.FRESH_SECOND_FACTOR_SECONDS).minus(1, ChronoUnit.MICROS));

        assertThatThrownBy(() -> accessLog.search(reader, new AccessLogQuery(null, null, null, null)))
                .isInstanceOf(AccessLog.SecondFactorTooOldException.class);

        assertThat(outcomesOfSearchesBy(reader)).containsExactly("GEWEIGERD");
    }

    @Test
    void refusesASearchWithoutSecondFactorAndLogsTheRefusal() {
        Actor reader = reader(TenantId.random(), null);

        assertThatThrownBy(() -> accessLog.search(reader, new AccessLogQuery(null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(outcomesOfSearchesBy(reader)).containsExactly("GEWEIGERD");
    }

    @Test
    void refusesASearchByAnyOtherRoleAndLogsTheRefusal() {
        for (Role role : Role.values()) {
            if (role == Role.LOGVERANTWOORDELIJKE) {
                continue;
            }
            Actor actor = member(TenantId.random(), role).withSecondFactorAt(secondFactorAgo(0));

            assertThatThrownBy(() -> accessLog.search(actor, new AccessLogQuery(null, null, null, null)))
                    .as(role.name())
                    .isInstanceOf(AccessDeniedException.class)
                    .isNotInstanceOf(AccessLog.SecondFactorTooOldException.class);
            assertThat(outcomesOfSearchesBy(actor)).as(role.name()).containsExactly("GEWEIGERD");
        }
    }

    @Test
    void refusesALogverantwoordelijkeWithoutTenant() {
        Actor reader = new Actor(
                UserId.random(),
                "log-" + UUID.randomUUID(),
                "Synthetische Logverantwoordelijke",
                Role.LOGVERANTWOORDELIJKE,
                null,
                null,
                null,
                secondFactorAgo(0));

        assertThatThrownBy(() -> accessLog.search(reader, new AccessLogQuery(null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(outcomesOfSearchesBy(reader)).containsExactly("GEWEIGERD");
    }

    // --- helpers

    private void assertRefusedAndRolledBack(String... statements) {
        transactions.executeWithoutResult(status -> {
            try {
                for (int i = 0; i < statements.length - 1; i++) {
                    jdbc.execute(statements[i]);
                }
                String last = statements[statements.length - 1];
                assertThatThrownBy(() -> jdbc.execute(last))
                        .isInstanceOf(DataAccessException.class)
                        .rootCause()
                        .hasMessageContaining("append-only")
                        .hasMessageContaining("refused");
            } finally {
                status.setRollbackOnly(); // should the trigger be gone, undo the damage to the shared log
            }
        });
    }

    private String committedRow() {
        String object = uniqueObject();
        accessLog.record(event(object).purpose("test"));
        assertThat(rowsFor(object)).isEqualTo(1);
        return object;
    }

    private List<String> outcomesOfSearchesBy(Actor actor) {
        return jdbc.queryForList(
                "SELECT outcome FROM audit.access_log WHERE event = 'audit.search' AND user_id = ?",
                String.class,
                actor.userId().value());
    }

    private int rowsFor(String object) {
        Integer count =
                jdbc.queryForObject("SELECT count(*) FROM audit.access_log WHERE object_id = ?", Integer.class, object);
        return count == null ? 0 : count;
    }

    private static AccessEvent event(String object) {
        return AccessEvent.anonymous("test.event", ActionCode.E, Outcome.GESLAAGD)
                .on("test", object);
    }

    private static String uniqueObject() {
        return "test-" + UUID.randomUUID();
    }

    private Instant secondFactorAgo(long seconds) {
        // the test clock stands still, so this is exact to the microsecond the access log works in
        return clock.instant().truncatedTo(ChronoUnit.MICROS).minusSeconds(seconds);
    }

    static Actor reader(TenantId tenant, @Nullable Instant secondFactorAt) {
        return new Actor(
                UserId.random(),
                "log-" + UUID.randomUUID(),
                "Synthetische Logverantwoordelijke",
                Role.LOGVERANTWOORDELIJKE,
                tenant,
                null,
                null,
                secondFactorAt);
    }

    static Actor member(@Nullable TenantId tenant, Role role) {
        return new Actor(
                UserId.random(),
                role.name().toLowerCase() + "-" + UUID.randomUUID(),
                "Synthetische Medewerker",
                role,
                tenant,
                null,
                null,
                null);
    }
}
