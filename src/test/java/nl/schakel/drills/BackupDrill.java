package nl.schakel.drills;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import nl.schakel.ApiTestClient;
import nl.schakel.Browser;
import nl.schakel.MutableClock;
import nl.schakel.SchakelProces;
import nl.schakel.TestBsn;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * D2 of issue 15 (docs/reliability.md, "Backup and restore to a point in time"): a PostgreSQL server (Debian's
 * binaries, a temporary folder, loopback) with WAL archiving ({@code archive_mode=on}, {@code archive_command} copying
 * each segment into an archive folder, {@code archive_timeout}); Schakel (the jar) on it writes dossiers, signalen and
 * access-log rows; a base backup ({@code pg_basebackup}) is taken while it writes; at a moment T the data is noted
 * (row count and SHA-256 of an ordered export of every table of the domain schemas and of the access log); Schakel
 * writes more after T. Then the base backup plus the archived WAL are restored to T in a new folder
 * ({@code restore_command}, {@code recovery_target_time}) and started. Pass: the restored data equals the note at T,
 * table by table, and {@code java -jar schakel.jar --verify-access-log} against it exits 0. Run:
 * {@code scripts/drill.sh backup}.
 */
class BackupDrill {

    /** The schemas whose tables are compared: the domain data and the access log (not sessions or job locks). */
    private static final List<String> SCHEMAS =
            List.of("audit", "concept", "dossier", "keten", "organisation", "register", "veiligthuis");

    private static final int DOSSIERS_BEFORE = 5;
    private static final int DOSSIERS_AFTER = 3;
    private static final int SIGNALEN_PER_DOSSIER = 10;

    private final DbDrillVerslag verslag =
            new DbDrillVerslag("backup", "Drill: backup en herstel naar een tijdstip (D2)");

    @Test
    void aBaseBackupPlusTheWalArchiveRestoredToTimeTHoldsExactlyTheDataOfTAndTheAccessLogVerifies() throws Exception {
        Path folder = Files.createTempDirectory("schakel-backup");
        Path archive = folder.resolve("wal-archief");
        Path backup = folder.resolve("basisbackup");
        PostgresServer bron = null;
        PostgresServer hersteld = null;
        SchakelProces schakel = null;
        try {
            Files.createDirectories(archive);
            verslag.step("PostgreSQL " + PostgresServer.binaries() + " with WAL archiving into " + archive);
            bron = PostgresServer.init(
                            folder.resolve("bron"),
                            "archive_mode = on",
                            "archive_command = 'test ! -f " + archive + "/%f && cp %p " + archive + "/%f'",
                            "archive_timeout = 10")
                    .start();
            bron.jdbc("postgres").execute("CREATE DATABASE schakel");
            schakel = new SchakelProces(
                    "schakel",
                    folder,
                    List.of(
                            "--spring.datasource.url=" + bron.jdbcUrl("schakel"),
                            "--spring.datasource.username=" + PostgresServer.USER,
                            "--spring.datasource.password="),
                    bron.jdbcUrl("schakel"));
            schakel.start().awaitReady();
            verslag.step("Schakel (jar) ready on " + bron.jdbcUrl("schakel"));
            ApiTestClient api = new ApiTestClient(schakel.port());
            String token = api.token("school-demo", "school-demo-secret");
            Browser leerkracht =
                    new Browser(schakel.port(), new MutableClock(), schakel.database()).login("leerkracht");

            write(api, token, leerkracht, 1, new Random(1));
            long start = System.nanoTime();
            bron.baseBackup(backup);
            verslag.step("base backup (pg_basebackup -X stream) in "
                    + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
            write(api, token, leerkracht, DOSSIERS_BEFORE - 1, new Random(2));

            // T: a quiet moment, noted between two equal snapshots, so the data at T is that snapshot
            JdbcTemplate bronDb = bron.jdbc("schakel");
            FailoverDrill.awaitEventsDone(bronDb);
            Thread.sleep(1000);
            Map<String, String> atT = snapshot(bronDb);
            String t = bronDb.queryForObject("SELECT CAST(clock_timestamp() AS TEXT)", String.class);
            Thread.sleep(1000);
            Map<String, String> afterT = snapshot(bronDb);
            verslag.step("T = " + t + ": " + describe(atT));
            verslag.criterion("niets geschreven rond T (twee gelijke momentopnamen)", atT.equals(afterT), "");

            write(api, token, leerkracht, DOSSIERS_AFTER, new Random(3));
            Map<String, String> later = snapshot(bronDb);
            verslag.step("written after T: " + describe(later));
            String lsn = bronDb.queryForObject("SELECT CAST(pg_switch_wal() AS TEXT)", String.class);
            awaitArchived(bronDb);
            verslag.step("WAL switched at " + lsn + " and archived: " + count(archive) + " segments in the archive");
            schakel.stop();
            schakel = null;
            bron.stopQuietly();
            verslag.step("Schakel and the source database stopped");

            // the restore: the base backup in a new folder, WAL from the archive up to T, then a primary again
            Path restored = folder.resolve("hersteld");
            PostgresServer.run(Duration.ofMinutes(2), "cp", "-a", backup.toString(), restored.toString());
            Files.writeString(restored.resolve("recovery.signal"), "");
            hersteld = PostgresServer.existing(
                    restored,
                    "archive_mode = off",
                    "restore_command = 'cp " + archive + "/%f %p'",
                    "recovery_target_time = '" + t + "'",
                    "recovery_target_action = 'promote'",
                    "unix_socket_directories = '" + restored + "'");
            start = System.nanoTime();
            hersteld.start();
            JdbcTemplate herstelDb = hersteld.jdbc("schakel");
            awaitPromoted(herstelDb);
            long restoreMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            verslag.step("restored to T in " + restoreMillis + " ms (recovery_target_time, restore_command)");
            Map<String, String> restoredData = snapshot(herstelDb);
            verslag.step("restored: " + describe(restoredData));

            List<String> different = new ArrayList<>();
            atT.forEach((table, fingerprint) -> {
                if (!fingerprint.equals(restoredData.get(table))) {
                    different.add(table);
                }
            });
            verslag.figure("Tabellen vergeleken", atT.size());
            verslag.figure(
                    "Rijen op T (access log)", atT.get("audit.access_log").split(" ")[0]);
            verslag.figure(
                    "Rijen na T (access log)", later.get("audit.access_log").split(" ")[0]);
            verslag.figure(
                    "Journaalregels van dossiers op T / na T",
                    atT.get("dossier.journal_entry").split(" ")[0] + " / "
                            + later.get("dossier.journal_entry").split(" ")[0]);
            verslag.figure("Herstelduur (start tot primary)", restoreMillis + " ms");
            verslag.criterion(
                    "na T geschreven data bestaat op de bron (anders toont de drill niets)", !later.equals(atT), "");
            verslag.criterion(
                    "herstelde data = data op T (aantallen en SHA-256 per tabel)",
                    different.isEmpty(),
                    different.isEmpty() ? atT.size() + " tabellen gelijk" : "verschillend: " + different);

            String verification = verifyAccessLog(hersteld.jdbcUrl("schakel"), folder);
            verslag.step("--verify-access-log: "
                    + verification
                            .lines()
                            .filter(l -> l.startsWith("Access log"))
                            .findFirst()
                            .orElse("(no answer)"));
            verslag.criterion(
                    "java -jar schakel.jar --verify-access-log op de herstelde database: exit 0",
                    verification.startsWith("exit 0"),
                    verification.lines().findFirst().orElse(""));
        } finally {
            PostgresServer.cleanUp(folder, "backup", schakel, hersteld, bron);
        }
        verslag.finish();
    }

    /** Dossiers through the API, each with signalen, and page reads that log (access-log rows). */
    private static void write(ApiTestClient api, String token, Browser browser, int dossiers, Random random) {
        String datum = LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(1).toString();
        String signaal = "{\"datum\":\"" + datum + "\",\"waarneming\":\"Blauwe plekken op de arm.\",\"soort\":\"FEIT\","
                + "\"vormen\":[\"KINDERMISHANDELING_LICHAMELIJK\"],\"disclosure\":true}";
        for (int d = 0; d < dossiers; d++) {
            HttpResponse<String> created = api.post(
                    "/api/v1/dossiers",
                    "{\"betrokkenen\":[{\"naam\":\"Sam Voorbeeld\",\"geboortedatum\":\"2017-05-04\",\"bsn\":\""
                            + TestBsn.generated(random) + "\",\"relatie\":\"KIND\"}]}",
                    token,
                    "Namens",
                    "leerkracht");
            expect(201, created);
            String id = ApiTestClient.json(created).get("id").asText();
            for (int s = 0; s < SIGNALEN_PER_DOSSIER; s++) {
                expect(201, api.post("/api/v1/dossiers/" + id + "/signalen", signaal, token, "Namens", "leerkracht"));
            }
            expect(200, api.get("/api/v1/dossiers/" + id, token, "Namens", "leerkracht"));
            expect(200, browser.get("/dossiers/" + id));
        }
    }

    private static void expect(int status, HttpResponse<String> answer) {
        if (answer.statusCode() != status) {
            throw new AssertionError("expected " + status + " from " + answer.uri() + ", got " + answer.statusCode()
                    + ": " + answer.body());
        }
    }

    /**
     * Per table of {@link #SCHEMAS}: the row count and the SHA-256 of its rows as text in sorted order, all read in one
     * repeatable-read transaction (one moment).
     */
    static Map<String, String> snapshot(JdbcTemplate jdbc) {
        return jdbc.execute((Connection connection) -> {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            Map<String, String> tables = new TreeMap<>();
            try (Statement statement = connection.createStatement()) {
                List<String> names = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("SELECT table_schema || '.' || table_name"
                        + " FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema IN ('"
                        + String.join("','", SCHEMAS) + "') ORDER BY 1")) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                }
                for (String table : names) {
                    MessageDigest sha = sha256();
                    long rows = 0;
                    try (ResultSet rs =
                            statement.executeQuery("SELECT CAST(t AS TEXT) FROM " + table + " t ORDER BY 1")) {
                        while (rs.next()) {
                            sha.update(rs.getString(1).getBytes(StandardCharsets.UTF_8));
                            sha.update((byte) '\n');
                            rows++;
                        }
                    }
                    tables.put(table, rows + " " + HexFormat.of().formatHex(sha.digest()));
                }
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
            return tables;
        });
    }

    private static String describe(Map<String, String> snapshot) {
        long rows = snapshot.values().stream()
                .mapToLong(v -> Long.parseLong(v.split(" ")[0]))
                .sum();
        return snapshot.size() + " tables, " + rows + " rows, access log "
                + snapshot.get("audit.access_log").split(" ")[0] + " rows";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitArchived(JdbcTemplate jdbc) {
        PostgresServer.await(
                Duration.ofSeconds(60),
                "archiving the WAL after T",
                () -> Boolean.TRUE.equals(jdbc.queryForObject(
                        "SELECT last_archived_wal IS NOT NULL AND last_archived_wal"
                                + " >= pg_walfile_name(pg_current_wal_lsn() - 1) FROM pg_stat_archiver",
                        Boolean.class)));
    }

    private static void awaitPromoted(JdbcTemplate jdbc) {
        PostgresServer.await(
                Duration.ofSeconds(120),
                "the end of the restored server's recovery",
                () -> Boolean.FALSE.equals(jdbc.queryForObject("SELECT pg_is_in_recovery()", Boolean.class)));
    }

    private static long count(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.count();
        }
    }

    /** Runs {@code java -jar schakel.jar --verify-access-log} against the database; "exit N" and its output. */
    private static String verifyAccessLog(String url, Path folder) throws IOException, InterruptedException {
        Path log = folder.resolve("verify-access-log.log");
        ProcessBuilder builder = new ProcessBuilder(
                        SchakelProces.java(),
                        "-jar",
                        SchakelProces.jar().toString(),
                        "--verify-access-log",
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + PostgresServer.USER,
                        "--spring.datasource.password=")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("SCHAKEL_"));
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return "exit timeout\n" + Files.readString(log);
        }
        return "exit " + process.exitValue() + "\n" + Files.readString(log);
    }
}
