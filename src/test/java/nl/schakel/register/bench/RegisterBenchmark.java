package nl.schakel.register.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.audit.Outcome;
import nl.schakel.keten.KetenRegister;
import nl.schakel.register.Pseudoniem;
import nl.schakel.register.Regio;
import nl.schakel.register.Soort;
import nl.schakel.register.VtRegister;
import nl.schakel.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The VT-register's registration + match at scale (issue 11: p99 ≤ 5 ms per registration at 20 million registrations).
 * Not part of {@code verify} (its name matches neither {@code *Tests} nor {@code *IT}); run it on its own, see
 * {@code docs/benchmarks.md}:
 *
 * <pre>
 * ./mvnw -B -ntp -o test -Dtest=RegisterBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbench.rows=20000000 -Dbench.registrations=10000 -Dbench.data-dir=/tmp/schakel-bench-pg
 * </pre>
 *
 * <p>It starts Schakel on an embedded PostgreSQL with a persistent data folder (default settings: fsync and synchronous
 * commit on), fills {@code register.betrokkenheid} once with synthetic involvements of the real shape (32-byte
 * pseudonyms from SHA-256 of a counter, 26 regions, about two persons per case, 70% ended, one in five pseudonyms
 * registered by two regions) with one {@code INSERT ... SELECT generate_series} after dropping the table's indexes,
 * and then builds them again from their own definitions. Then it times {@code VtRegister.registreer} (two persons
 * per registration, 40% of them already registered by another region, so a match is recorded and announced), each
 * call its own transaction with its access-log row and event publication, and beside it the match query alone in raw
 * SQL over JDBC, and prints {@code EXPLAIN (ANALYZE, BUFFERS)} of that query. A registration is timed twice: its SQL
 * path up to the commit (what the register does inside the caller's transaction, as keten calls it) and with the
 * commit (the WAL flush, which depends on the disk). keten's listener is replaced, so the
 * figures are the register's own.
 */
@SpringBootTest(
        properties = {
            "schakel.database.embedded.data-dir=${bench.data-dir:/tmp/schakel-bench-pg}",
            "schakel.demo.enabled=false",
            "spring.main.banner-mode=off",
            "logging.level.nl.schakel=WARN"
        })
class RegisterBenchmark {

    private static final int REGIOS = 26;

    @Autowired
    VtRegister register;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AccessLog accessLog;

    @MockitoBean
    KetenRegister keten;

    @Value("${bench.rows:1000000}")
    long rows;

    @Value("${bench.registrations:10000}")
    int registrations;

    @Test
    void registrationAndMatch() throws IOException {
        vul();
        long known = rows * 4 / 5;
        Random random = new Random(46);
        for (int i = 0; i < Math.max(200, registrations / 10); i++) {
            registreer(random, known);
        }
        long[] pad = new long[registrations];
        long[] registreer = new long[registrations];
        for (int i = 0; i < registrations; i++) {
            int n = i;
            long start = System.nanoTime();
            transaction.executeWithoutResult(status -> {
                registreer(random, known);
                pad[n] = System.nanoTime() - start;
            });
            registreer[i] = System.nanoTime() - start;
        }
        long[] query = new long[registrations];
        for (int i = 0; i < registrations; i++) {
            byte[] p = sha256(random.nextLong(known));
            long start = System.nanoTime();
            jdbc.queryForList(
                    "SELECT id, regio_id, pseudoniem, sleutelversie, sinds, tot FROM register.betrokkenheid"
                            + " WHERE pseudoniem = ? AND sleutelversie = ?",
                    p,
                    1);
            query[i] = System.nanoTime() - start;
        }
        long[] rauw = new long[registrations];
        for (int i = 0; i < registrations; i++) {
            long start = System.nanoTime();
            transaction.executeWithoutResult(status -> rauweRegistratie(random, known));
            rauw[i] = System.nanoTime() - start;
        }
        long[] log = new long[registrations];
        for (int i = 0; i < registrations; i++) {
            long start = System.nanoTime();
            transaction.executeWithoutResult(status ->
                    accessLog.record(AccessEvent.anonymous("register.registreer", ActionCode.C, Outcome.GESLAAGD)
                            .tenant(regioId(1))
                            .on("vt-register-zaak", UUID.randomUUID())
                            .segment("regio Veilig Thuis Regio 1, OIN 00000001000000001001")));
            log[i] = System.nanoTime() - start;
        }
        String plan = String.join(
                "\n",
                jdbc.queryForList(
                        "EXPLAIN (ANALYZE, BUFFERS) SELECT id, regio_id, pseudoniem, sleutelversie, sinds, tot"
                                + " FROM register.betrokkenheid WHERE pseudoniem = ? AND sleutelversie = ?",
                        String.class,
                        sha256(random.nextLong(known)),
                        1));
        String report = "rows in register.betrokkenheid: "
                + jdbc.queryForObject("SELECT count(*) FROM register.betrokkenheid", Long.class)
                + "\nsize of register.betrokkenheid with indexes: "
                + jdbc.queryForObject(
                        "SELECT pg_size_pretty(pg_total_relation_size('register.betrokkenheid'))", String.class)
                + "\n" + summary("VtRegister.registreer, SQL path before the commit (2 persons)", pad)
                + "\n" + summary("VtRegister.registreer with its commit (2 persons, own transaction)", registreer)
                + "\n" + summary("raw SQL match query (JDBC, autocommit)", query)
                + "\n" + summary("raw SQL registration (lock, insert, match query for 2 persons; commit)", rauw)
                + "\n" + summary("the access-log row alone (AccessLog.record; commit)", log)
                + "\nEXPLAIN (ANALYZE, BUFFERS) of the match query:\n" + plan + "\n";
        System.out.println(report);
        Files.writeString(Path.of("target", "register-benchmark.txt"), report);
    }

    private void registreer(Random random, long known) {
        int regio = random.nextInt(REGIOS);
        List<Pseudoniem> personen = new ArrayList<>();
        personen.add(pseudoniem(random.nextInt(10) < 4 ? sha256(random.nextLong(known)) : willekeurig(random)));
        personen.add(pseudoniem(willekeurig(random)));
        register.registreer(
                new Regio(regioId(regio), "Veilig Thuis Regio " + regio, "0000000100000000" + (1000 + regio)),
                UUID.randomUUID(),
                personen,
                java.time.Instant.parse("2026-11-01T09:00:00Z"),
                "Team " + regio + ", 0800-2000");
    }

    /** The register's own statements for two persons, without the facade, the access log or events. */
    private void rauweRegistratie(Random random, long known) {
        int regio = random.nextInt(REGIOS);
        UUID zaak = UUID.randomUUID();
        for (byte[] p : List.of(
                random.nextInt(10) < 4 ? sha256(random.nextLong(known)) : willekeurig(random), willekeurig(random))) {
            jdbc.queryForList(
                    "SELECT pg_advisory_xact_lock(?, ?)",
                    0x52454749,
                    java.nio.ByteBuffer.wrap(p).getInt());
            jdbc.queryForList(
                    "INSERT INTO register.betrokkenheid (id, pseudoniem, sleutelversie, soort, regio_id, regio_naam,"
                            + " regio_oin, zaak_referentie, sinds, contact, geregistreerd_op)"
                            + " VALUES (?,?,1,'BSN',?,?,?,?,now(),?,now()) ON CONFLICT DO NOTHING RETURNING id",
                    UUID.randomUUID(),
                    p,
                    regioId(regio).value(),
                    "Veilig Thuis Regio " + regio,
                    "0000000100000000" + (1000 + regio),
                    zaak,
                    "Team " + regio + ", 0800-2000");
            jdbc.queryForList(
                    "SELECT id, regio_id, pseudoniem, sleutelversie, sinds, tot FROM register.betrokkenheid"
                            + " WHERE pseudoniem = ? AND sleutelversie = ?",
                    p,
                    1);
        }
    }

    /** Fills the table up to the wanted number of rows, once: a later run on the same folder starts measuring. */
    private void vul() {
        long have = jdbc.queryForObject("SELECT count(*) FROM register.betrokkenheid", Long.class);
        if (have >= rows) {
            return;
        }
        System.out.println("filling register.betrokkenheid from " + have + " to " + rows + " rows");
        jdbc.execute("SET maintenance_work_mem = '1GB'");
        List<String> foreign = jdbc.queryForList(
                "SELECT 'ALTER TABLE register.match ADD CONSTRAINT ' || conname || ' ' || pg_get_constraintdef(oid)"
                        + " FROM pg_constraint WHERE conrelid = 'register.match'::regclass AND contype = 'f'",
                String.class);
        List<String> constraints = jdbc.queryForList(
                "SELECT 'ALTER TABLE register.betrokkenheid ADD CONSTRAINT ' || conname || ' '"
                        + " || pg_get_constraintdef(oid) FROM pg_constraint"
                        + " WHERE conrelid = 'register.betrokkenheid'::regclass AND contype IN ('p', 'u')",
                String.class);
        List<String> indexes = jdbc.queryForList(
                "SELECT indexdef FROM pg_indexes WHERE schemaname = 'register' AND tablename = 'betrokkenheid'"
                        + " AND indexname NOT IN (SELECT conname FROM pg_constraint"
                        + " WHERE conrelid = 'register.betrokkenheid'::regclass)",
                String.class);
        jdbc.queryForList(
                        "SELECT 'ALTER TABLE register.match DROP CONSTRAINT ' || conname FROM pg_constraint"
                                + " WHERE conrelid = 'register.match'::regclass AND contype = 'f'",
                        String.class)
                .forEach(jdbc::execute);
        jdbc.queryForList(
                        "SELECT 'ALTER TABLE register.betrokkenheid DROP CONSTRAINT ' || conname FROM pg_constraint"
                                + " WHERE conrelid = 'register.betrokkenheid'::regclass AND contype IN ('p', 'u')",
                        String.class)
                .forEach(jdbc::execute);
        jdbc.queryForList(
                        "SELECT 'DROP INDEX register.' || indexname FROM pg_indexes WHERE schemaname = 'register'"
                                + " AND tablename = 'betrokkenheid'",
                        String.class)
                .forEach(jdbc::execute);
        long known = rows * 4 / 5;
        long stap = 2_000_000;
        for (long van = have + 1; van <= rows; van += stap) {
            long tot = Math.min(rows, van + stap - 1);
            long start = System.nanoTime();
            // pseudonym i mod 80%: one in five persons registered by a second region; two persons per case
            jdbc.update(
                    "INSERT INTO register.betrokkenheid (id, pseudoniem, sleutelversie, soort, regio_id, regio_naam,"
                            + " regio_oin, zaak_referentie, sinds, tot, contact, geregistreerd_op)"
                            + " SELECT md5('b' || i)::uuid, sha256(int8send(i % ?)), 1,"
                            + " CASE WHEN i % 20 = 0 THEN 'NAAM_GEBOORTEDATUM' ELSE 'BSN' END,"
                            + " ('00000000-0000-4000-8000-' || lpad((i / 2 % 26)::text, 12, '0'))::uuid,"
                            + " 'Veilig Thuis Regio ' || (i / 2 % 26), '0000000100000000' || (1000 + i / 2 % 26),"
                            + " md5('z' || (i / 2))::uuid, s, CASE WHEN i / 2 % 10 < 7 THEN s"
                            + " + interval '120 days' END, 'Team ' || (i / 2 % 26) || ', 0800-2000', s"
                            + " FROM generate_series(?::bigint, ?::bigint) i,"
                            + " LATERAL (SELECT now() - (i / 2 % 7000) * interval '1 day' AS s) x",
                    known, van, tot);
            System.out.printf("  rows %d..%d in %d s%n", van, tot, (System.nanoTime() - start) / 1_000_000_000);
        }
        for (String ddl : concat(constraints, indexes, foreign)) {
            long start = System.nanoTime();
            jdbc.execute(ddl);
            System.out.printf("  %s in %d s%n", ddl, (System.nanoTime() - start) / 1_000_000_000);
        }
        jdbc.execute("VACUUM ANALYZE register.betrokkenheid");
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return Arrays.stream(lists).flatMap(List::stream).toList();
    }

    private static String summary(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return "%s over %d: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms"
                .formatted(
                        what,
                        sorted.length,
                        ms(sorted, 0.50),
                        ms(sorted, 0.90),
                        ms(sorted, 0.99),
                        sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static TenantId regioId(int regio) {
        return new TenantId(UUID.fromString("00000000-0000-4000-8000-%012d".formatted(regio)));
    }

    private static Pseudoniem pseudoniem(byte[] hmac) {
        return new Pseudoniem(Base64.getUrlEncoder().withoutPadding().encodeToString(hmac), Soort.BSN, 1);
    }

    private static byte[] willekeurig(Random random) {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return b;
    }

    /** The same bytes as PostgreSQL's {@code sha256(int8send(i))}: SHA-256 of the big-endian 8 bytes. */
    private static byte[] sha256(long i) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(java.nio.ByteBuffer.allocate(8).putLong(i).array());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
