package nl.schakel.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persistent embedded PostgreSQL: one Schakel per data folder, and recovery after {@code kill -9}. */
class EmbeddedPostgresServerIT {

    @TempDir
    Path dataDir;

    @Test
    void refusesASecondServerOnAFolderInUseWhileTheFirstKeepsServing() throws Exception {
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dataDir)) {
            assertThat(selectOne(first)).isEqualTo(1);

            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir))
                    .isInstanceOf(EmbeddedPostgresServer.DataFolderInUseException.class)
                    .hasMessageContaining(dataDir.toString())
                    .hasMessageContaining("in use by another running Schakel")
                    .hasMessageContaining("schakel.database.embedded.data-dir");

            assertThat(selectOne(first)).isEqualTo(1);

            // the refused attempt must not have given up this JVM's lock: another process is refused as well
            Process child = startChild();
            List<String> output = new ArrayList<>();
            Thread reader = Thread.ofPlatform().daemon().start(() -> {
                try (BufferedReader lines =
                        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    lines.lines().forEach(line -> {
                        synchronized (output) {
                            output.add(line);
                        }
                    });
                } catch (IOException | java.io.UncheckedIOException e) {
                    // the child is gone
                }
            });
            if (!child.waitFor(120, TimeUnit.SECONDS)) {
                child.getOutputStream().close(); // it took the folder: let it stop its server again
                child.waitFor(60, TimeUnit.SECONDS);
            }
            reader.join(10_000);
            String childOutput;
            synchronized (output) {
                childOutput = String.join("\n", output);
            }
            assertThat(childOutput)
                    .contains(EmbeddedPostgresServer.DataFolderInUseException.class.getSimpleName())
                    .doesNotContain(EmbeddedPostgresChild.READY + " ");
            assertThat(child.exitValue()).isNotZero();
            assertThat(selectOne(first)).isEqualTo(1);
        }
    }

    @Test
    void refusesAFolderInUseByAnotherProcessWhileThatOneKeepsServing() throws Exception {
        Process child = startChild();
        try {
            String childUrl = awaitReady(child);
            assertThat(selectOne(childUrl)).isEqualTo(1);

            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir))
                    .isInstanceOf(EmbeddedPostgresServer.DataFolderInUseException.class)
                    .hasMessageContaining(dataDir.toString())
                    .hasMessageContaining("in use by another running Schakel");

            assertThat(selectOne(childUrl)).isEqualTo(1);
            assertThat(child.isAlive()).isTrue();
        } finally {
            child.getOutputStream().close(); // the child stops its server when its input closes
            if (!child.waitFor(60, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
    }

    @Test
    void recoversAfterTheProcessThatRanItWasKilled() throws Exception {
        Process child = startChild();
        long orphanPid;
        try {
            awaitReady(child);
            orphanPid = postmasterPid().orElseThrow();
            assertThat(ProcessHandle.of(orphanPid))
                    .as("postmaster of the child")
                    .isPresent();
        } finally {
            child.destroyForcibly(); // kill -9: no shutdown hook runs, the postmaster stays behind
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive))
                .as("the postmaster outlives the killed JVM")
                .contains(true);

        try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(dataDir)) {
            assertThat(selectOne(restarted)).isEqualTo(1);
            assertThat(postmasterPid()).isPresent().isNotEqualTo(Optional.of(orphanPid));
        }
    }

    private Process startChild() throws IOException {
        return new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedPostgresChild.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
    }

    /** Waits for the child's READY line and returns the JDBC URL it printed. */
    private static String awaitReady(Process child) throws Exception {
        List<String> output = new ArrayList<>();
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    synchronized (output) {
                        output.add(line);
                    }
                    if (line.startsWith(EmbeddedPostgresChild.READY + " ")) {
                        ready.complete(line.substring(EmbeddedPostgresChild.READY.length() + 1));
                    }
                }
            } catch (IOException e) {
                // the child was killed
            }
            ready.complete("");
        });
        String url = ready.get(180, TimeUnit.SECONDS);
        synchronized (output) {
            assertThat(url)
                    .as("child printed READY; its output:%n%s", String.join("\n", output))
                    .isNotEmpty();
        }
        return url;
    }

    private Optional<Long> postmasterPid() throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        return Files.readAllLines(pidFile).stream()
                .findFirst()
                .map(String::trim)
                .map(Long::parseLong);
    }

    private static int selectOne(EmbeddedPostgresServer server) throws SQLException {
        return selectOne(server.jdbcUrl());
    }

    private static int selectOne(String jdbcUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT 1")) {
            assertThat(result.next()).isTrue();
            return result.getInt(1);
        }
    }
}
