package nl.schakel.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.schakel.SchakelProces;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * One PostgreSQL server of Debian's {@code postgresql} package ({@code /usr/lib/postgresql/<version>/bin}) for the
 * drills, in a folder of its own on a free loopback port. PostgreSQL refuses to run as root: when the drill runs as
 * root (CI) every command runs as the {@code postgres} user ({@code runuser -u postgres --}) on folders owned by it.
 */
final class PostgresServer {

    static final String USER = "postgres";

    private final Path data;
    private final int port;

    private PostgresServer(Path data, int port) {
        this.data = data;
        this.port = port;
    }

    /** {@code initdb} of a new cluster in {@code data} that listens on loopback only, with these extra settings. */
    static PostgresServer init(Path data, String... settings) {
        PostgresServer server = new PostgresServer(data, SchakelProces.freePort());
        makeOwned(data.getParent());
        run(
                Duration.ofMinutes(2),
                bin("initdb"),
                "-D",
                data.toString(),
                "-U",
                USER,
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                // 1 MB WAL segments instead of 16 MB: a drill switches segments often (archive_timeout)
                "--wal-segsize=1",
                "--no-sync");
        List<String> all = new ArrayList<>(List.of(
                "listen_addresses = '127.0.0.1'",
                "unix_socket_directories = '" + data + "'",
                "max_connections = 100",
                "wal_level = replica",
                "max_wal_senders = 5"));
        all.addAll(List.of(settings));
        server.configure(all.toArray(String[]::new));
        return server;
    }

    /**
     * A standby of {@code primary} in {@code data} ({@code pg_basebackup -R}: it streams from the primary), named
     * {@code name} (its {@code application_name}, for {@code synchronous_standby_names}).
     */
    static PostgresServer standbyOf(PostgresServer primary, Path data, String name) {
        PostgresServer standby = new PostgresServer(data, SchakelProces.freePort());
        primary.baseBackup(data, "-R");
        // the primary's settings came with the copy: once promoted, this server must not wait for a standby of its own
        standby.configure(
                "cluster_name = '" + name + "'",
                "hot_standby = on",
                "synchronous_standby_names = ''",
                "unix_socket_directories = '" + data + "'");
        return standby;
    }

    /**
     * {@code pg_basebackup} of this server into {@code target}: plain files, with the WAL written during the backup
     * (so the backup is consistent by itself; the archive brings it further), and these extra options.
     */
    void baseBackup(Path target, String... options) {
        makeOwned(target.getParent());
        List<String> command = new ArrayList<>(List.of(
                bin("pg_basebackup"),
                "-h",
                "127.0.0.1",
                "-p",
                Integer.toString(port),
                "-U",
                USER,
                "-D",
                target.toString(),
                "-X",
                "stream",
                "-c",
                "fast"));
        command.addAll(List.of(options));
        run(Duration.ofMinutes(5), command.toArray(String[]::new));
    }

    /**
     * The end of a drill, also when it failed: stops Schakel and the servers (those that were started), keeps the logs
     * and removes the drill's folder.
     */
    static void cleanUp(
            Path folder, String naam, @Nullable SchakelProces schakel, @Nullable PostgresServer... servers) {
        if (schakel != null) {
            schakel.stop();
        }
        for (PostgresServer server : servers) {
            if (server != null) {
                server.stopQuietly();
            }
        }
        keepLogs(folder, naam);
        run(Duration.ofMinutes(1), false, "rm", "-rf", folder.toString());
    }

    /** Copies the logs of a drill's folder (Schakel's and the servers') to {@code target/drills/<naam>-logs}. */
    static void keepLogs(Path folder, String naam) {
        Path target = Path.of("target", "drills", naam + "-logs");
        try (Stream<Path> files = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
            Files.createDirectories(target);
            for (Path log : files.filter(f -> f.toString().endsWith(".log")).toList()) {
                Files.copy(log, target.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            System.out.println("The logs of " + folder + " could not be kept: " + e);
        }
    }

    /** Waits until {@code done} is true (polling), or fails saying {@code what} did not happen. */
    static void await(Duration within, String what, java.util.function.BooleanSupplier done) {
        long until = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < until) {
            try {
                if (done.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                // not answering yet
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError(what + " did not happen within " + within.toSeconds() + " s");
    }

    /** A server on a data folder that exists already (a restored backup), on a new port. */
    static PostgresServer existing(Path data, String... settings) {
        PostgresServer server = new PostgresServer(data, SchakelProces.freePort());
        makeOwned(data);
        server.configure(settings);
        return server;
    }

    /** Adds settings to {@code postgresql.auto.conf} (the port always: it is this server's own). */
    void configure(String... settings) {
        List<String> lines = new ArrayList<>(List.of(settings));
        lines.add("port = " + port);
        try {
            Path auto = data.resolve("postgresql.auto.conf");
            Files.writeString(
                    auto,
                    (Files.exists(auto) ? Files.readString(auto) : "") + String.join("\n", lines) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        makeOwned(data);
    }

    PostgresServer start() {
        try {
            run(
                    Duration.ofMinutes(5),
                    bin("pg_ctl"),
                    "-D",
                    data.toString(),
                    "-l",
                    log().toString(),
                    "-w",
                    "-t",
                    "280",
                    "start");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nServer log:\n" + logText(), e);
        }
        return this;
    }

    /** The server's own log (pg_ctl -l), beside its data folder. */
    Path log() {
        return data.resolveSibling(data.getFileName() + ".log");
    }

    private String logText() {
        try {
            return Files.exists(log()) ? Files.readString(log()) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** {@code kill -9} of the postmaster, as a crash of the machine's database: its backends die with it. */
    void kill9() {
        Optional<ProcessHandle> postmaster = postmaster();
        assertThat(postmaster).as("the postmaster of %s", data).isPresent();
        postmaster.orElseThrow().destroyForcibly();
        postmaster.orElseThrow().onExit().join();
    }

    /** {@code pg_ctl promote}: the standby becomes a primary; returns when it accepts writes. */
    void promote() {
        run(Duration.ofMinutes(1), bin("pg_ctl"), "-D", data.toString(), "-w", "-t", "60", "promote");
    }

    /** Stops the server if it runs (immediate: the drill is over); never fails. */
    void stopQuietly() {
        try {
            if (postmaster().isPresent()) {
                run(Duration.ofSeconds(30), bin("pg_ctl"), "-D", data.toString(), "-m", "immediate", "-w", "stop");
            }
        } catch (RuntimeException | AssertionError e) {
            postmaster().ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    Optional<ProcessHandle> postmaster() {
        Path pid = data.resolve("postmaster.pid");
        try {
            if (!Files.exists(pid)) {
                return Optional.empty();
            }
            long id = Long.parseLong(Files.readAllLines(pid).getFirst().trim());
            return ProcessHandle.of(id).filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    int port() {
        return port;
    }

    Path data() {
        return data;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    JdbcTemplate jdbc(String database) {
        return new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), jdbcUrl(database), USER, ""));
    }

    /** The folder of Debian's PostgreSQL binaries (the newest version), or a failure that says how to install them. */
    static Path binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.exists(root) ? Files.list(root) : Stream.empty()) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparingInt(b -> Integer.parseInt(
                            b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new AssertionError(
                            "Debian's PostgreSQL binaries are missing: sudo apt-get install -y postgresql"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String bin(String name) {
        return binaries().resolve(name).toString();
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** As root, the folder (and everything in it) is given to the postgres user, who runs the server. */
    static void makeOwned(Path folder) {
        if (root()) {
            run(Duration.ofMinutes(1), false, "chown", "-R", USER + ":" + USER, folder.toString());
        }
    }

    static String run(Duration within, String... command) {
        return run(within, true, command);
    }

    /** Runs a command (as the postgres user when root and {@code asPostgres}), fails with its output when it fails. */
    static String run(Duration within, boolean asPostgres, String... command) {
        List<String> full = new ArrayList<>();
        if (asPostgres && root()) {
            full.addAll(List.of("runuser", "-u", USER, "--"));
        }
        full.addAll(List.of(command));
        try {
            Path out = Files.createTempFile("drill-cmd", ".log");
            Process process = new ProcessBuilder(full)
                    .redirectErrorStream(true)
                    .redirectOutput(out.toFile())
                    .start();
            boolean done = process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
            if (!done) {
                process.destroyForcibly();
            }
            String output = Files.readString(out);
            Files.deleteIfExists(out);
            assertThat(done && process.exitValue() == 0)
                    .as("%s failed:%n%s", String.join(" ", full), output)
                    .isTrue();
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
