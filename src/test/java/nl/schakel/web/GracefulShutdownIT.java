package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.schakel.Browser;
import nl.schakel.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * {@code kill -TERM} of a running Schakel (the built jar, all-in-one with its embedded PostgreSQL) while requests
 * write and a scheduled job runs: the process stops taking requests, finishes the running ones and the job, closes
 * the pool and only then stops PostgreSQL (ADR-0022). It exits within 10 seconds, logs no error or stack trace, and a
 * second start on the same data folder finds every write that was answered, with PostgreSQL shut down cleanly.
 */
class GracefulShutdownIT {

    private static final Duration EXIT_WITHIN = Duration.ofSeconds(10);
    private static final Pattern POSTGRES_PORT = Pattern.compile("Embedded PostgreSQL started on port (\\d+)");
    private static final int WRITERS = 3;

    @TempDir
    Path work;

    @Test
    void sigtermDuringWritesExitsWithinTenSecondsCleanlyAndLosesNothingThatWasAnswered() throws Exception {
        Path dataDir = work.resolve("data");
        Node first = Node.start(jar(), dataDir, work.resolve("first.log"));
        Set<UUID> answered = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> writers;
        try {
            Browser leerkracht = new Browser(first.port, new MutableClock(), first.database()).login("leerkracht");
            writers = startWriters(first, leerkracht, answered, stop);
            awaitAnswers(answered, 2 * WRITERS);
        } catch (RuntimeException | Error e) {
            first.kill();
            throw e;
        }

        long logBeforeStop = Files.size(first.log);
        Duration took = first.terminate();
        stop.set(true);
        for (Thread writer : writers) {
            writer.join(Duration.ofSeconds(40));
        }

        String shutdownLog = first.output().substring((int) logBeforeStop);
        assertThat(took).as("time from SIGTERM to exit; log:%n%s", shutdownLog).isLessThan(EXIT_WITHIN);
        assertThat(first.process.exitValue()).as("exit code after SIGTERM").isEqualTo(143);
        assertNoErrors(first.output());
        assertThat(answered).isNotEmpty();

        Node second = Node.start(jar(), dataDir, work.resolve("second.log"));
        try {
            assertThat(second.output())
                    .as("PostgreSQL was shut down cleanly the first time")
                    .doesNotContain("left behind")
                    .doesNotContain("not properly shut down")
                    .doesNotContain("automatic recovery");
            List<UUID> found = second.database()
                    .queryForList("SELECT id FROM dossier.dossier WHERE id = ANY(?)", UUID.class, (Object)
                            answered.toArray(UUID[]::new));
            assertThat(found)
                    .as("every dossier whose creation was answered")
                    .containsExactlyInAnyOrderElementsOf(answered);
        } finally {
            Duration secondTook = second.terminate();
            assertThat(secondTook).isLessThan(EXIT_WITHIN);
        }
        assertNoErrors(second.output());
    }

    /** Writers that each open dossiers in a loop with the one session, until told to stop or the server is gone. */
    private static List<Thread> startWriters(Node node, Browser loggedIn, Set<UUID> answered, AtomicBoolean stop) {
        String session = loggedIn.cookie(Browser.SESSION_COOKIE).orElseThrow();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            Browser browser = new Browser(node.port, new MutableClock(), node.database());
            browser.setCookie(Browser.SESSION_COOKIE, session);
            int writer = w;
            writers.add(Thread.ofPlatform().daemon().start(() -> {
                for (int i = 0; !stop.get(); i++) {
                    try {
                        HttpResponse<String> response = browser.post(
                                "/dossiers/nieuw",
                                "/dossiers/nieuw",
                                "naam",
                                "Stop Test " + writer + "-" + i,
                                "geboortedatum",
                                "2016-05-04",
                                "bsn",
                                "",
                                "relatie",
                                "KIND");
                        if (response.statusCode() == 302) {
                            answered.add(
                                    UUID.fromString(Browser.location(response).substring("/dossiers/".length())));
                        }
                    } catch (UncheckedIOException | AssertionError e) {
                        // the server no longer takes requests: that one was never answered
                        return;
                    }
                }
            }));
        }
        return writers;
    }

    private static void awaitAnswers(Set<UUID> answered, int count) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (answered.size() < count && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(answered).as("dossiers opened before the stop").hasSizeGreaterThanOrEqualTo(count);
    }

    private static void assertNoErrors(String output) {
        assertThat(output.lines()
                        .filter(line -> line.contains(" ERROR ")
                                || line.contains("Exception")
                                || line.startsWith("\tat ")
                                || line.startsWith("Caused by")))
                .as("errors or stack traces in the log:%n%s", output)
                .isEmpty();
    }

    /** The jar the build packaged (failsafe runs after {@code package}). */
    private static Path jar() throws IOException {
        String configured = System.getProperty("schakel.jar");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("schakel-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/schakel-*.jar: run ./mvnw verify"));
        }
    }

    /** One Schakel process on free ports, its output in a file. */
    private record Node(Process process, int port, Path log) {

        static Node start(Path jar, Path dataDir, Path log) throws IOException, InterruptedException {
            int port = freePort();
            ProcessBuilder builder = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-XX:TieredStopAtLevel=1",
                            "-jar",
                            jar.toString(),
                            "--server.port=" + port,
                            "--management.server.port=" + freePort(),
                            "--schakel.database.embedded.data-dir=" + dataDir,
                            // a scheduled job every second, so one is running when the stop comes
                            "--schakel.audit.chain-check-cron=* * * * * *",
                            "--schakel.audit.chain-check-lock-at-least=PT0.5S")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            // all-in-one mode whatever the build's environment says (a CI database, a profile, ports)
            builder.environment()
                    .keySet()
                    .removeIf(name -> name.startsWith("SPRING_")
                            || name.startsWith("SCHAKEL_")
                            || name.startsWith("SERVER_")
                            || name.startsWith("MANAGEMENT_"));
            Node node = new Node(builder.start(), port, log);
            node.awaitReady();
            return node;
        }

        private void awaitReady() throws InterruptedException {
            HttpClient http = HttpClient.newHttpClient();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (System.nanoTime() < until) {
                assertThat(process.isAlive())
                        .as("Schakel stopped while starting:%n%s", output())
                        .isTrue();
                try {
                    HttpResponse<String> ready = http.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/readyz"))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (ready.statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
            kill();
            throw new AssertionError("Schakel was not ready within 180 s:\n" + output());
        }

        /** The embedded PostgreSQL of this node, found in its log. */
        JdbcTemplate database() {
            Matcher m = POSTGRES_PORT.matcher(output());
            assertThat(m.find()).as("PostgreSQL port in the log").isTrue();
            return new JdbcTemplate(new SimpleDriverDataSource(
                    new org.postgresql.Driver(),
                    "jdbc:postgresql://localhost:" + m.group(1) + "/postgres?user=postgres"));
        }

        /** Sends SIGTERM and returns how long the process took to exit (killed after 30 s). */
        Duration terminate() throws InterruptedException {
            long start = System.nanoTime();
            process.destroy(); // SIGTERM on Linux and macOS
            boolean exited = process.waitFor(30, TimeUnit.SECONDS);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            if (!exited) {
                kill();
            }
            return took;
        }

        void kill() {
            process.destroyForcibly();
        }

        String output() {
            try {
                return Files.readString(log, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }
    }
}
