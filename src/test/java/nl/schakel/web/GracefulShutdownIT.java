package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import nl.schakel.Browser;
import nl.schakel.MutableClock;
import nl.schakel.SchakelProces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -TERM} of a running Schakel (the built jar, all-in-one with its embedded PostgreSQL) while requests
 * write and a scheduled job runs: the process stops taking requests, finishes the running ones and the job, closes
 * the pool and only then stops PostgreSQL (ADR-0022). It exits within 10 seconds, logs no error or stack trace, and a
 * second start on the same data folder finds every write that was answered, with PostgreSQL shut down cleanly.
 */
class GracefulShutdownIT {

    private static final Duration EXIT_WITHIN = Duration.ofSeconds(10);
    private static final int WRITERS = 3;

    @TempDir
    Path work;

    @Test
    void sigtermDuringWritesExitsWithinTenSecondsCleanlyAndLosesNothingThatWasAnswered() throws Exception {
        SchakelProces node = new SchakelProces(
                "schakel",
                work,
                List.of(
                        "--schakel.database.embedded.data-dir=" + work.resolve("data"),
                        // a scheduled job every second, so one is running when the stop comes
                        "--schakel.audit.chain-check-cron=* * * * * *",
                        "--schakel.audit.chain-check-lock-at-least=PT0.5S"),
                null);
        Set<UUID> answered = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> writers;
        try {
            node.start().awaitReady();
            Browser leerkracht = new Browser(node.port(), new MutableClock(), node.database()).login("leerkracht");
            writers = startWriters(node, leerkracht, answered, stop);
            awaitAnswers(answered, 2 * WRITERS);
        } catch (RuntimeException | Error e) {
            node.stop();
            throw e;
        }

        long logBeforeStop = Files.size(node.log());
        long sigterm = System.nanoTime();
        node.process().destroy(); // SIGTERM
        // ADR-0039: not ready at once, while it still serves, so a load balancer takes it out before the port closes
        int ready = 200;
        while (ready == 200 && System.nanoTime() - sigterm < TimeUnit.SECONDS.toNanos(2)) {
            ready = status(node, "/readyz"); // an IOException here: the port closed before readiness went down
        }
        assertThat(ready).as("/readyz after SIGTERM").isEqualTo(503);
        // ... and it still takes new connections for a while, long enough for a health check every 500 ms to see it
        long notReady = System.nanoTime();
        while (System.nanoTime() - notReady < TimeUnit.MILLISECONDS.toNanos(1_500)) {
            assertThat(status(node, "/livez"))
                    .as("still serving while not ready")
                    .isEqualTo(200);
            Thread.sleep(100);
        }
        node.terminate();
        Duration took = Duration.ofNanos(System.nanoTime() - sigterm);
        stop.set(true);
        for (Thread writer : writers) {
            writer.join(Duration.ofSeconds(40));
        }

        String shutdownLog = node.output().substring((int) logBeforeStop);
        assertThat(took).as("time from SIGTERM to exit; log:%n%s", shutdownLog).isLessThan(EXIT_WITHIN);
        assertThat(node.process().exitValue()).as("exit code after SIGTERM").isEqualTo(143);
        assertNoErrors(node.output());
        assertThat(answered).isNotEmpty();

        // the second start, on the same data folder (its own log)
        node.start().awaitReady();
        try {
            assertThat(node.output())
                    .as("PostgreSQL was shut down cleanly the first time")
                    .doesNotContain("left behind")
                    .doesNotContain("not properly shut down")
                    .doesNotContain("automatic recovery");
            List<UUID> found = node.database()
                    .queryForList("SELECT id FROM dossier.dossier WHERE id = ANY(?)", UUID.class, (Object)
                            answered.toArray(UUID[]::new));
            assertThat(found)
                    .as("every dossier whose creation was answered")
                    .containsExactlyInAnyOrderElementsOf(answered);
        } finally {
            Duration secondTook = node.terminate();
            assertThat(secondTook).isLessThan(EXIT_WITHIN);
        }
        assertNoErrors(node.output());
    }

    /** Writers that each open dossiers in a loop with the one session, until told to stop or the server is gone. */
    private static List<Thread> startWriters(
            SchakelProces node, Browser loggedIn, Set<UUID> answered, AtomicBoolean stop) {
        String session = loggedIn.cookie(Browser.SESSION_COOKIE).orElseThrow();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            Browser browser = new Browser(node.port(), new MutableClock(), node.database());
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

    private static int status(SchakelProces node, String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(
                            HttpRequest.newBuilder(URI.create(node.url(path)))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }
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
}
