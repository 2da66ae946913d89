package nl.schakel.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import nl.schakel.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access log at national scale (issue 14, ADR-0034). Not part of {@code verify} (its name matches neither
 * {@code *Tests} nor {@code *IT}); run one method at a time, see {@code docs/benchmarks.md} section "Toegangslog":
 *
 * <pre>
 * ./mvnw -B -ntp -o test -Dtest='AccessLogBenchmark#appends' -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbench.data-dir=/tmp/schakel-toegangslog-pg
 * ./mvnw -B -ntp -o test -Dtest='AccessLogBenchmark#search' -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbench.rows=50000000 -Dbench.data-dir=/tmp/schakel-toegangslog-pg
 * </pre>
 *
 * <p>{@code appends}: threads (1, 8, 32, 64) each run transactions shaped like a page view that logs (a query, the
 * access-log row, a second query, about 2 ms in all, commit), first with the design before issue 14 (one advisory
 * lock, the last hash read from the table), then with one chain, then with all chains; prints appends per second and
 * the transaction's p50/p99. Then the full check and the check from the checkpoints, timed.
 *
 * <p>{@code search}: fills {@code audit.access_log} once to {@code bench.rows} rows with one {@code INSERT ... SELECT
 * generate_series} per 2 million (indexes dropped before, built again from their own definitions after; the unique
 * index on {@code id} and the one on {@code user_id} are left out, the search uses neither): 1,000 tenants, skewed
 * (the largest has about 3% of all rows), five users each, a million dossiers, one row in fifty a refusal on another
 * tenant's record, five years in seq order. The hashes are not a valid chain (this method does not verify). Then it
 * times {@link AccessLogStore#search} for the largest and a small tenant with each kind of criterion, first and deep
 * pages, and prints {@code EXPLAIN (ANALYZE, BUFFERS)} of each.
 */
@SpringBootTest(
        properties = {
            "schakel.database.embedded.data-dir=${bench.data-dir:/tmp/schakel-toegangslog-pg}",
            "schakel.demo.enabled=false",
            "spring.datasource.hikari.maximum-pool-size=70",
            "spring.main.banner-mode=off",
            "logging.level.nl.schakel=WARN"
        })
class AccessLogBenchmark {

    @Autowired
    AccessLog accessLog;

    @Autowired
    AccessLogStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Value("${bench.rows:1000000}")
    long rows;

    @Value("${bench.transactions:4000}")
    int transactions;

    private final StringBuilder report = new StringBuilder();

    @Test
    void appends() throws Exception {
        List<Map<String, Object>> chains = jdbc.queryForList("SELECT chain, last_hash FROM audit.access_log_chain");
        jdbc.update("DELETE FROM audit.access_log_chain WHERE chain > 0");
        try {
            line("load average before: " + loadAverage());
            for (int threads : new int[] {1, 8, 32, 64}) {
                run("before issue 14: one advisory lock", threads, this::appendAsBefore);
            }
            // the rows written the old way are chain 0: its head moves to the last of them
            jdbc.update("UPDATE audit.access_log_chain SET last_hash = (SELECT hash FROM audit.access_log"
                    + " WHERE chain = 0 ORDER BY seq DESC LIMIT 1) WHERE chain = 0");
            for (int threads : new int[] {1, 8, 32, 64}) {
                run("chains: 1", threads, this::append);
            }
        } finally {
            for (Map<String, Object> chain : chains) {
                jdbc.update(
                        "INSERT INTO audit.access_log_chain (chain, last_hash) VALUES (?, ?) ON CONFLICT DO NOTHING",
                        chain.get("chain"),
                        chain.get("last_hash"));
            }
        }
        int all = jdbc.queryForObject("SELECT count(*) FROM audit.access_log_chain", Integer.class);
        for (int threads : new int[] {1, 8, 32, 64}) {
            run("chains: " + all, threads, this::append);
        }
        line("load average after: " + loadAverage());
        long rowsNow = jdbc.queryForObject("SELECT count(*) FROM audit.access_log", Long.class);
        long start = System.nanoTime();
        ChainVerificationResult full = accessLog.verifyFullChain();
        line("full check of %d rows: %s in %.1f s".formatted(rowsNow, full, (System.nanoTime() - start) / 1e9));
        for (int i = 0; i < 200; i++) {
            append(i);
        }
        start = System.nanoTime();
        ChainVerificationResult since = accessLog.verifyChain();
        line("check from the checkpoints after 200 more rows: %s in %.3f s"
                .formatted(since, (System.nanoTime() - start) / 1e9));
        write("toegangslog-appends.txt");
    }

    private void run(String design, int threads, Consumer<Integer> append) throws Exception {
        int perThread = Math.max(20, transactions / threads);
        long[] nanos = new long[perThread * threads];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        long begin = System.nanoTime();
                        append.accept(i);
                        nanos[thread * perThread + i] = System.nanoTime() - begin;
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        line("%-36s threads %2d: %6.0f appends/s, transaction p50 %6.2f ms, p99 %7.2f ms (%d transactions)"
                .formatted(
                        design,
                        threads,
                        nanos.length / seconds,
                        nanos[nanos.length / 2] / 1e6,
                        nanos[(int) (nanos.length * 0.99)] / 1e6,
                        nanos.length));
    }

    /** A page view that logs: something read before, the row, something read after (about 2 ms), commit. */
    private void append(int i) {
        transaction.executeWithoutResult(status -> {
            jdbc.queryForObject("SELECT count(*) FROM audit.access_log_chain", Integer.class);
            accessLog.record(AccessEvent.anonymous("dossier.read", ActionCode.R, Outcome.GESLAAGD)
                    .tenant(new TenantId(new UUID(0, i % 50)))
                    .on("dossier", UUID.randomUUID()));
            jdbc.queryForObject("SELECT pg_sleep(0.002)", Object.class);
        });
    }

    /** The same with the append as it was before issue 14: one advisory lock, the last hash from the table. */
    private void appendAsBefore(int i) {
        transaction.executeWithoutResult(status -> {
            jdbc.queryForObject("SELECT count(*) FROM audit.access_log_chain", Integer.class);
            jdbc.queryForList("SELECT pg_advisory_xact_lock(7513)");
            String previous =
                    jdbc
                            .queryForList("SELECT hash FROM audit.access_log ORDER BY seq DESC LIMIT 1", String.class)
                            .stream()
                            .findFirst()
                            .orElse(nl.schakel.audit.domain.HashChain.GENESIS);
            Instant at = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            UUID id = UUID.randomUUID();
            UUID tenant = new UUID(0, i % 50);
            String object = UUID.randomUUID().toString();
            Object[] values = {
                id,
                null,
                "dossier.read",
                "R",
                "GESLAAGD",
                null,
                null,
                null,
                null,
                tenant,
                "systeem",
                "dossier",
                object,
                null,
                null,
                null,
                "schakel"
            };
            String hash = nl.schakel.audit.domain.HashChain.link(previous, AccessLogStore.canonical(values, at, null));
            jdbc.update(
                    "INSERT INTO audit.access_log (id, occurred_at, event, action, outcome, tenant_id, access_point,"
                            + " object_type, object_id, source, prev_hash, hash)"
                            + " VALUES (?,?,'dossier.read','R','GESLAAGD',?,'systeem','dossier',?,'schakel',?,?)",
                    id,
                    java.sql.Timestamp.from(at),
                    tenant,
                    object,
                    previous,
                    hash);
            jdbc.queryForObject("SELECT pg_sleep(0.002)", Object.class);
        });
    }

    @Test
    void search() throws IOException, java.sql.SQLException {
        fill();
        line("rows: " + jdbc.queryForObject("SELECT count(*) FROM audit.access_log", Long.class)
                + ", size with indexes "
                + jdbc.queryForObject("SELECT pg_size_pretty(pg_total_relation_size('audit.access_log'))", String.class)
                + ", load average " + loadAverage());
        TenantId largest = new TenantId(tenant(0));
        TenantId small = new TenantId(tenant(900));
        for (TenantId tenant : List.of(largest, small)) {
            String name = tenant.equals(largest) ? "largest tenant" : "small tenant";
            long count = jdbc.queryForObject(
                    "SELECT count(*) FROM audit.access_log WHERE tenant_id = ?", Long.class, tenant.value());
            line("-- " + name + ": " + count + " own rows");
            String user = jdbc.queryForObject(
                    "SELECT username FROM audit.access_log WHERE tenant_id = ? ORDER BY seq DESC LIMIT 1",
                    String.class,
                    tenant.value());
            String object = jdbc.queryForObject(
                    "SELECT object_id FROM audit.access_log WHERE tenant_id = ? ORDER BY seq LIMIT 1 OFFSET 1000",
                    String.class,
                    tenant.value());
            long middle = jdbc.queryForObject("SELECT max(seq) / 2 FROM audit.access_log", Long.class);
            time(name + ", first page", tenant, new AccessLogQuery(null, null, null, null));
            time(name + ", page halfway the log", tenant, new AccessLogQuery(null, null, null, null, middle));
            time(name + ", one dossier", tenant, new AccessLogQuery(object, null, null, null));
            time(name + ", one user", tenant, new AccessLogQuery(null, user, null, null));
            time(
                    name + ", one month two years ago",
                    tenant,
                    new AccessLogQuery(
                            null,
                            null,
                            LocalDate.now().minusYears(2),
                            LocalDate.now().minusYears(2).plusMonths(1)));
            time(
                    name + ", one user, one week a year ago",
                    tenant,
                    new AccessLogQuery(
                            null,
                            user,
                            LocalDate.now().minusYears(1),
                            LocalDate.now().minusYears(1).plusDays(7)));
        }
        write("toegangslog-search.txt");
    }

    private void time(String what, TenantId tenant, AccessLogQuery query) {
        Instant from = query.from() == null
                ? null
                : query.from().atStartOfDay(AccessLog.DUTCH_TIME).toInstant();
        Instant to = query.to() == null
                ? null
                : query.to().plusDays(1).atStartOfDay(AccessLog.DUTCH_TIME).toInstant();
        long[] nanos = new long[5];
        int found = 0;
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            found = store.search(tenant, query, from, to).rows().size();
            nanos[i] = System.nanoTime() - start;
        }
        line("%-60s %3d rows: first %8.1f ms, then median %7.1f ms"
                .formatted(what, found, nanos[0] / 1e6, sortedMedian(nanos) / 1e6));
        AccessLogStore.SearchSql sql = AccessLogStore.searchSql(tenant, query, from, to);
        line("  "
                + String.join(
                        "\n  ",
                        jdbc.queryForList(
                                "EXPLAIN (ANALYZE, BUFFERS) " + sql.sql(),
                                String.class,
                                sql.params().toArray())));
    }

    private static long sortedMedian(long[] nanos) {
        long[] sorted = Arrays.copyOfRange(nanos, 1, nanos.length);
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static UUID tenant(int k) {
        return UUID.nameUUIDFromBytes(("tenant-" + k).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Fills the table up to {@code bench.rows}, once: a later run on the same folder starts measuring. */
    private void fill() throws java.sql.SQLException {
        // one connection for all of it: the session settings below hold for the index builds
        JdbcTemplate jdbc = new JdbcTemplate(new org.springframework.jdbc.datasource.SingleConnectionDataSource(
                java.util.Objects.requireNonNull(this.jdbc.getDataSource()).getConnection(), true));
        long have = jdbc.queryForObject("SELECT count(*) FROM audit.access_log", Long.class);
        if (have >= rows) {
            return;
        }
        line("filling audit.access_log from " + have + " to " + rows + " rows");
        jdbc.execute("SET maintenance_work_mem = '1GB'");
        jdbc.execute("CREATE TEMP TABLE tenants (k int PRIMARY KEY, id uuid)");
        for (int k = 0; k < 1000; k++) {
            jdbc.update("INSERT INTO tenants (k, id) VALUES (?, ?)", k, tenant(k));
        }
        List<String> indexes = jdbc.queryForList(
                "SELECT indexdef FROM pg_indexes WHERE schemaname = 'audit' AND tablename = 'access_log'"
                        + " AND indexname NOT IN (SELECT conname FROM pg_constraint"
                        + " WHERE conrelid = 'audit.access_log'::regclass) AND indexdef NOT LIKE '%(user_id)%'",
                String.class);
        jdbc.queryForList(
                        "SELECT 'ALTER TABLE audit.access_log DROP CONSTRAINT ' || conname FROM pg_constraint"
                                + " WHERE conrelid = 'audit.access_log'::regclass AND contype = 'u'",
                        String.class)
                .forEach(jdbc::execute);
        jdbc.queryForList(
                        "SELECT 'DROP INDEX audit.' || indexname FROM pg_indexes WHERE schemaname = 'audit'"
                                + " AND tablename = 'access_log' AND indexname NOT IN (SELECT conname FROM pg_constraint"
                                + " WHERE conrelid = 'audit.access_log'::regclass)",
                        String.class)
                .forEach(jdbc::execute);
        jdbc.execute("SELECT setseed(0.14)");
        long step = 2_000_000;
        double span = 5 * 365.25 * 86400;
        for (long from = have + 1; from <= rows; from += step) {
            long to = Math.min(rows, from + step - 1);
            long start = System.nanoTime();
            jdbc.update(
                    "INSERT INTO audit.access_log (id, occurred_at, event, action, outcome, user_id, username, role,"
                            + " tenant_id, access_point, object_type, object_id, source, prev_hash, hash,"
                            + " owner_tenant_id, chain)"
                            + " SELECT md5('r' || i)::uuid, now() - make_interval(secs => ? * (1 - i::float8 / ?)),"
                            + " 'dossier.read', 'R', CASE WHEN i % 50 = 0 THEN 'GEWEIGERD' ELSE 'GESLAAGD' END,"
                            + " md5('u' || (t.k * 5 + i % 5))::uuid, 'gebruiker-' || (t.k * 5 + i % 5),"
                            + " 'BEROEPSKRACHT', t.id, '10.0.' || (i % 250) || '.1', 'dossier',"
                            + " 'd-' || (i * 7919 % 1000000), 'schakel', md5('p' || i) || md5('q' || i),"
                            + " md5('h' || i) || md5('j' || i), CASE WHEN i % 50 = 0 THEN o.id END, i % 8"
                            + " FROM generate_series(?::bigint, ?::bigint) i"
                            + " CROSS JOIN LATERAL (SELECT floor(1000 * power(random(), 2))::int + 0 * i AS k) r"
                            + " JOIN tenants t ON t.k = r.k JOIN tenants o ON o.k = (r.k + 1) % 1000",
                    span, (double) rows, from, to);
            line("  rows %d..%d in %d s".formatted(from, to, (System.nanoTime() - start) / 1_000_000_000));
        }
        for (String ddl : indexes) {
            long start = System.nanoTime();
            jdbc.execute(ddl);
            line("  %s in %d s".formatted(ddl, (System.nanoTime() - start) / 1_000_000_000));
        }
        jdbc.execute("VACUUM ANALYZE audit.access_log");
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }

    private void write(String file) throws IOException {
        Files.writeString(Path.of("target", file), report);
    }
}
