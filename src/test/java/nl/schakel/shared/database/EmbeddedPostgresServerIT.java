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
        }
    }

    @Test
    void recoversAfterTheProcessThatRanItWasKilled() throws Exception {
        List<String> output = new ArrayList<>();
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedPostgresChild.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        long orphanPid;
        try {
            awaitReady(child, output);
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

    private static void awaitReady(Process child, List<String> output) throws Exception {
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    synchronized (output) {
                        output.add(line);
                    }
                    if (line.startsWith(EmbeddedPostgresChild.READY)) {
                        ready.complete(true);
                    }
                }
            } catch (IOException e) {
                // the child was killed
            }
            ready.complete(false);
        });
        boolean started = ready.get(180, TimeUnit.SECONDS);
        synchronized (output) {
            assertThat(started)
                    .as("child printed READY; its output:%n%s", String.join("\n", output))
                    .isTrue();
        }
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
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT 1")) {
            assertThat(result.next()).isTrue();
            return result.getInt(1);
        }
    }
}
