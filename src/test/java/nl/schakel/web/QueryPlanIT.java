package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.schakel.ApiTestClient;
import nl.schakel.Browser;
import nl.schakel.WebITSupport;
import nl.schakel.dossier.DossierManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No page reads a large table from start to end (ADR-0036): every page of {@link EveryPage}, as the demo user who
 * sees it, and the API's lists, are opened one by one while PostgreSQL's {@code enable_seqscan} is off for the app's
 * connections, and after each page the test compares {@code pg_stat_user_tables.seq_scan} with the figure before it.
 * With {@code enable_seqscan = off} PostgreSQL still scans a table sequentially when no index can serve the query, so
 * a growth on a table that grows with use (dossiers, journals, cases, the access log, accounts, sessions...) means a
 * missing index or an unbounded query, even on the small demo data. The failure names the table and the page.
 *
 * <p>How the counts are made exact: a backend sends its statistics to the shared counters only when it goes idle, at
 * most once a second (else up to 10 s later). After each page the test borrows every connection of the app's pool at
 * once and calls {@code pg_stat_force_next_flush()} on each, so each backend sends its counters before it answers;
 * then it reads the counters on its own connection after {@code pg_stat_clear_snapshot()}. The difference to the
 * reading before the page is that page's work (a scheduled job running at the same moment is counted with the page;
 * table and page are named, so the cause is found). The setting is made with {@code ALTER ROLE CURRENT_USER}; then
 * every other connection to the database is ended (also those of other application contexts of the test run, whose
 * pools open new ones), so every connection takes the setting and what earlier tests did is flushed before the
 * baseline. After the test the setting is reset and the connections are ended once more.
 *
 * <p>At national scale (the data set of {@code nl.schakel.nationaal}, see {@code docs/benchmarks.md}) the same walk
 * runs with PostgreSQL's normal planner and fails on a sequential scan of any table above {@value #GROOT_NATIONAAL}
 * rows:
 *
 * <pre>
 * ./mvnw -B -ntp verify -Dit.test=QueryPlanIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dschakel.database.embedded.data-dir=/tmp/schakel-nationaal/pg -Dqueryplan.planner=normaal
 * </pre>
 */
class QueryPlanIT extends WebITSupport {

    /** With the normal planner: a sequential scan of a table with at least this many rows fails. */
    static final long GROOT_NATIONAAL = 10_000;

    /**
     * Tables that do not grow with use: configuration, code lists, calendars, keys, the platform's bookkeeping. A
     * sequential scan of these is cheap at any scale; every other table (a new one too) counts as large.
     */
    static final Set<String> KLEIN = Set.of(
            "public.flyway_schema_history",
            "public.shedlock",
            "public.oauth2_registered_client",
            "identity.signing_key",
            "identity.login_throttle",
            "audit.access_log_chain",
            "organisation.codelijst",
            "organisation.vorm_van_geweld",
            "organisation.gelijkstellingsbesluit",
            "organisation.gelijkgestelde_dag",
            "organisation.scholing_interval",
            "veiligthuis.termijn_kalender");

    @Autowired
    DataSource dataSource;

    @Autowired
    DossierManagement dossiers;

    private final boolean normaal = "normaal".equals(System.getProperty("queryplan.planner"));

    @AfterEach
    void seqscanWeerAan() throws SQLException {
        if (!normaal) {
            try (Connection c = meetverbinding();
                    Statement s = c.createStatement()) {
                s.execute("ALTER ROLE CURRENT_USER RESET enable_seqscan");
            }
            try (Connection c = meetverbinding()) {
                vernieuwVerbindingen(c);
            }
        }
    }

    @Test
    void geenPaginaLeestEenGroteTabelVanBeginTotEind() throws SQLException {
        Map<String, List<String>> pages = EveryPage.perUser(jdbc, dossiers);
        List<String> scans = new ArrayList<>();
        try (Connection meting = meetverbinding()) {
            if (!normaal) {
                try (Statement s = meting.createStatement()) {
                    s.execute("ALTER ROLE CURRENT_USER SET enable_seqscan = off");
                }
            }
            vernieuwVerbindingen(meting);
            Map<String, Long> voor = tellingen(meting);
            for (Map.Entry<String, List<String>> user : pages.entrySet()) {
                Browser browser = browser();
                voor = meet(meting, voor, scans, user.getKey() + " logt in", () -> {
                    browser.login(user.getKey());
                    return null;
                });
                for (String page : user.getValue()) {
                    voor = meet(meting, voor, scans, user.getKey() + " " + page, () -> browser.get(page));
                }
            }
            ApiTestClient api = new ApiTestClient(port);
            String token = api.token("school-demo", "school-demo-secret");
            for (String member : List.of("leerkracht", "af-school")) {
                for (String page : List.of("/api/v1/dossiers", "/api/v1/dossiers?pagina=2&aantal=10")) {
                    voor = meet(
                            meting,
                            voor,
                            scans,
                            "API for " + member + " " + page,
                            () -> api.get(page, token, "Namens", member));
                }
            }
        }
        assertThat(scans)
                .as("sequential scans of large tables (%s planner)", normaal ? "normal" : "enable_seqscan=off")
                .isEmpty();
    }

    /** Runs one step and adds a line per large table that was scanned sequentially; returns the counts after it. */
    private Map<String, Long> meet(
            Connection meting, Map<String, Long> voor, List<String> scans, String stap, Supplier<?> actie)
            throws SQLException {
        Object result = actie.get();
        if (result instanceof HttpResponse<?> response) {
            assertThat(response.statusCode()).as(stap).isLessThan(500);
        }
        legStatistiekVast();
        Map<String, Long> na = tellingen(meting);
        Map<String, Long> rijen = normaal ? rijen(meting) : Map.of();
        na.forEach((table, count) -> {
            long groei = count - voor.getOrDefault(table, 0L);
            boolean groot = normaal ? rijen.getOrDefault(table, 0L) >= GROOT_NATIONAAL : !KLEIN.contains(table);
            if (groei > 0 && groot) {
                scans.add(stap + ": " + table + " sequentially scanned " + groei + "×");
            }
        });
        return na;
    }

    /** A connection of the test's own, outside the app's pool, with the pool's address and user. */
    private Connection meetverbinding() throws SQLException {
        HikariDataSource pool = (HikariDataSource) dataSource;
        return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
    }

    /**
     * Borrows every connection of the app's pool at once (waiting for one a request or job still holds) and asks
     * each backend to send its pending statistics now; a backend does so before it answers, so the counters read
     * afterwards hold everything the pages did. Gives the backends' process ids.
     */
    private List<Integer> legStatistiekVast() throws SQLException {
        HikariDataSource pool = (HikariDataSource) dataSource;
        List<Connection> all = new ArrayList<>();
        List<Integer> pids = new ArrayList<>();
        try {
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                Connection c = pool.getConnection();
                all.add(c);
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT pg_backend_pid(), pg_stat_force_next_flush()")) {
                    rs.next();
                    pids.add(rs.getInt(1));
                }
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT 1");
                }
            }
        } finally {
            for (Connection c : all) {
                c.close();
            }
        }
        return pids;
    }

    /**
     * Ends every other connection to the database, the app's pool's and those of other application contexts of the
     * test run (their pools open new ones when next asked), and waits until their backends are gone: an ending
     * backend flushes its statistics, so nothing earlier tests did is counted later, and every new connection takes
     * the role's setting.
     */
    private void vernieuwVerbindingen(Connection meting) throws SQLException {
        legStatistiekVast();
        ((HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
        try (Statement s = meting.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND backend_type = 'client backend' AND pid <> pg_backend_pid()");
        }
        long tot = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < tot) {
            try (Statement s = meting.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname ="
                            + " current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()"
                            + " AND backend_start < (SELECT backend_start FROM pg_stat_activity"
                            + " WHERE pid = pg_backend_pid())")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    return;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("the database's other connections did not end within 10 s");
    }

    private static Map<String, Long> tellingen(Connection c) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Statement s = c.createStatement()) {
            s.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet rs =
                    s.executeQuery("SELECT schemaname || '.' || relname, seq_scan FROM pg_stat_user_tables")) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return counts;
    }

    private static Map<String, Long> rijen(Connection c) throws SQLException {
        Map<String, Long> rows = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT schemaname || '.' || relname, n_live_tup FROM pg_stat_user_tables")) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getLong(2));
            }
        }
        return rows;
    }
}
