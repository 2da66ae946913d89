package nl.schakel.drills;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import nl.schakel.Browser;
import nl.schakel.MutableClock;
import nl.schakel.SchakelProces;
import nl.schakel.last.Gebruikers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * F2 of issue 15: two Schakel nodes (the packaged jar) on one PostgreSQL, behind HAProxy (Debian's {@code haproxy},
 * {@code /readyz} as health check, {@code option redispatch}, retries only where HAProxy's documentation calls them
 * safe: a POST only when it never reached a node). Logged-in users (their sessions in the database, the cookie kept)
 * read and write through HAProxy the whole time. Node A is killed with {@code kill -9} mid-run and started again:
 * at least 99.95 % of the requests succeed, no user is sent to the login page, and the scheduled chain check runs once
 * per firing, never on both nodes. Then a rolling restart ({@code SIGTERM} to A, A started again and taken back by
 * HAProxy, then B likewise) under the same load: no request fails (ADR-0039: readiness goes down before the port
 * closes).
 *
 * <p>Run: {@code scripts/drill.sh knooppunt}; figures in {@code target/drills/knooppunt.md}. Needs HAProxy
 * ({@code apt-get install -y haproxy}).
 */
class KnooppuntDrill {

    static final Path HAPROXY = Path.of(System.getProperty("drill.haproxy", "/usr/sbin/haproxy"));
    /** Ten of the demo's professionals (each their own account: a TOTP code counts once per account). */
    private static final List<String> GEBRUIKERS =
            Gebruikers.DEMO.get(Gebruikers.Werk.BEROEPSKRACHT).subList(0, 10);

    private static final Duration VOOR_KILL = Duration.ofSeconds(Long.getLong("drill.voor-kill", 20));
    private static final Duration NA_KILL = Duration.ofSeconds(Long.getLong("drill.na-kill", 20));
    private static final String CRON = "*/5 * * * * *";
    private static final Duration CRON_PERIODE = Duration.ofSeconds(5);
    private static final double MINIMUM_SUCCES = 99.95;

    enum Fase {
        KILL,
        ROLLEND
    }

    /** Counts of one phase. */
    static final class Telling {
        final AtomicLong verzoeken = new AtomicLong();
        final AtomicLong mislukt = new AtomicLong();
        final List<String> fouten = new CopyOnWriteArrayList<>();

        double succes() {
            long n = verzoeken.get();
            return n == 0 ? 0 : 100.0 * (n - mislukt.get()) / n;
        }
    }

    @TempDir
    Path work;

    private final Map<Fase, Telling> tellingen =
            new EnumMap<>(Map.of(Fase.KILL, new Telling(), Fase.ROLLEND, new Telling()));
    private final AtomicReference<Fase> fase = new AtomicReference<>(Fase.KILL);
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Map<String, Boolean> sessieKwijt = new ConcurrentHashMap<>();

    @Test
    void aNodeKilledUnderLoadAndARollingRestart() throws Exception {
        assertThat(Files.isExecutable(HAPROXY))
                .as(
                        "HAProxy is needed at %s: install it with `sudo apt-get install -y haproxy` (Debian/Ubuntu)"
                                + " or give its path with -Ddrill.haproxy=...",
                        HAPROXY)
                .isTrue();
        long begin = System.nanoTime();
        List<SchakelProces> nodes = new ArrayList<>();
        List<Thread> gebruikers = new ArrayList<>();
        Process haproxy = null;
        Map<String, Object> cijfers = new java.util.LinkedHashMap<>();
        Instant van;
        Instant tot;
        EmbeddedPostgres postgres = null;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(work.resolve("pg").toFile())
                    .setCleanDataDirectory(true)
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            JdbcTemplate db =
                    new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), url, "postgres", ""));
            SchakelProces a = node("a", url);
            SchakelProces b = node("b", url);
            nodes.add(a);
            nodes.add(b);
            long s = System.nanoTime();
            a.start().awaitReady(); // one at a time: the first start migrates the database and loads the demo
            b.start().awaitReady();
            cijfers.put("Start of both nodes", KnoopVerslag.seconden(Duration.ofNanos(System.nanoTime() - s)));

            int poort = SchakelProces.freePort();
            int statsPoort = SchakelProces.freePort();
            Path cfg = work.resolve("haproxy.cfg");
            Files.writeString(cfg, configuratie(poort, statsPoort, a.port(), b.port()), StandardCharsets.UTF_8);
            haproxy = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", cfg.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("haproxy.log").toFile())
                    .start();
            HaproxyStatus status = new HaproxyStatus(statsPoort);
            status.awaitUp("a", Duration.ofSeconds(30));
            status.awaitUp("b", Duration.ofSeconds(30));

            List<Browser> ingelogd = new ArrayList<>();
            for (String gebruiker : GEBRUIKERS) {
                ingelogd.add(new Browser(poort, new MutableClock(), db).login(gebruiker));
            }
            van = Instant.now();
            for (int i = 0; i < ingelogd.size(); i++) {
                Browser browser = ingelogd.get(i);
                String naam = GEBRUIKERS.get(i);
                long seed = i;
                gebruikers.add(
                        Thread.ofPlatform().daemon().name("gebruiker-" + naam).start(() -> werk(naam, browser, seed)));
            }

            // a node lost: kill -9 of A mid-run, then A started again and taken back
            Thread.sleep(VOOR_KILL);
            a.kill9();
            long killMoment = System.nanoTime();
            Duration uitDoorHaproxy = status.awaitDown("a", Duration.ofSeconds(30));
            cijfers.put("kill -9 of A until HAProxy marked it DOWN", KnoopVerslag.seconden(uitDoorHaproxy));
            Thread.sleep(NA_KILL);
            s = System.nanoTime();
            a.start().awaitReady();
            status.awaitUp("a", Duration.ofSeconds(60));
            cijfers.put(
                    "Restart of A until HAProxy took it back",
                    KnoopVerslag.seconden(Duration.ofNanos(System.nanoTime() - s)));
            cijfers.put("A was out for", KnoopVerslag.seconden(Duration.ofNanos(System.nanoTime() - killMoment)));
            Thread.sleep(3_000);

            // a rolling restart: SIGTERM to one, wait until it is back, then the other
            fase.set(Fase.ROLLEND);
            List<String> rollend = new ArrayList<>();
            for (SchakelProces node : List.of(a, b)) {
                Duration uit = node.terminate();
                s = System.nanoTime();
                node.start().awaitReady();
                status.awaitUp(node.naam(), Duration.ofSeconds(60));
                rollend.add(
                        node.naam() + ": SIGTERM to exit " + KnoopVerslag.seconden(uit) + ", start to back in HAProxy "
                                + KnoopVerslag.seconden(Duration.ofNanos(System.nanoTime() - s)));
                Thread.sleep(3_000);
            }
            cijfers.put("Rolling restart", rollend);
            stop.set(true);
            for (Thread gebruiker : gebruikers) {
                gebruiker.join(Duration.ofSeconds(40));
            }
            tot = Instant.now();

            // the scheduled chain check: one run per firing, on one node
            List<Instant> runs = db
                    .queryForList(
                            "SELECT occurred_at FROM audit.access_log WHERE event = 'audit.chain-check'"
                                    + " AND occurred_at BETWEEN ? AND ? ORDER BY occurred_at",
                            Timestamp.class,
                            Timestamp.from(van),
                            Timestamp.from(tot))
                    .stream()
                    .map(Timestamp::toInstant)
                    .toList();
            cijfers.put("Chain-check runs", runs.size());
            cijfers.put(
                    "Firings in the time (every 5 s)",
                    Duration.between(van, tot).dividedBy(CRON_PERIODE));
            Duration kortste = Duration.ofDays(1);
            Duration langste = Duration.ZERO;
            for (int i = 1; i < runs.size(); i++) {
                Duration gap = Duration.between(runs.get(i - 1), runs.get(i));
                kortste = gap.compareTo(kortste) < 0 ? gap : kortste;
                langste = gap.compareTo(langste) > 0 ? gap : langste;
            }
            cijfers.put(
                    "Shortest / longest time between two runs",
                    KnoopVerslag.seconden(kortste) + " / " + KnoopVerslag.seconden(langste));
            cijfers.put("Run time of the drill", KnoopVerslag.seconden(Duration.ofNanos(System.nanoTime() - begin)));
            verslag(cijfers, runs.size(), kortste);
        } finally {
            stop.set(true);
            gebruikers.forEach(Thread::interrupt);
            if (haproxy != null) {
                haproxy.destroy();
                if (!haproxy.waitFor(10, TimeUnit.SECONDS)) {
                    haproxy.destroyForcibly();
                }
            }
            nodes.forEach(SchakelProces::stop);
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    private SchakelProces node(String naam, String url) {
        return new SchakelProces(
                naam,
                work,
                List.of(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--spring.datasource.hikari.maximum-pool-size=10",
                        "--schakel.audit.chain-check-cron=" + CRON,
                        "--schakel.audit.chain-check-lock-at-least=PT4S"),
                url);
    }

    /**
     * The HAProxy configuration of the drill (the README's example, with the drill's ports): round robin without
     * stickiness (sessions are in the database), {@code /readyz} checked every 500 ms, and retries on another node
     * only where they are safe: a connection that failed (the request never reached a node) for every method, an empty
     * answer or a 503 for GET and HEAD only (HAProxy 2.6 configuration manual, "retry-on" and
     * "http-request disable-l7-retry").
     */
    static String configuratie(int poort, int statsPoort, int a, int b) {
        return """
                global
                    maxconn 2000

                defaults
                    mode http
                    timeout connect 2s
                    timeout client 30s
                    timeout server 30s
                    timeout queue 10s
                    timeout http-request 10s
    timeout check 3s
                    retries 3
                    option redispatch 1
                    retry-on conn-failure empty-response 503

                frontend schakel
                    bind 127.0.0.1:%d
                    default_backend schakel

                backend schakel
                    balance roundrobin
                    http-request disable-l7-retry unless METH_GET || METH_HEAD
                    option httpchk
                    http-check send meth GET uri /readyz
                    http-check expect status 200
                    default-server check inter 500ms fastinter 250ms downinter 500ms fall 3 rise 2
                    server a 127.0.0.1:%d
                    server b 127.0.0.1:%d

                listen stats
                    bind 127.0.0.1:%d
                    stats enable
                    stats uri /stats
                """.formatted(poort, a, b, statsPoort);
    }

    // ---------------------------------------------------------------- the users

    /** One logged-in user: the home page, a new dossier from its form, its page, the list; a short think time. */
    private void werk(String naam, Browser browser, long seed) {
        Random toeval = new Random(seed);
        while (!stop.get()) {
            vraag(naam, "startpagina", () -> browser.get("/"), 200);
            HttpResponse<String> formulier =
                    vraag(naam, "nieuw dossier (formulier)", () -> browser.get("/dossiers/nieuw"), 200);
            denk(toeval);
            if (formulier != null) {
                HttpResponse<String> opgeslagen = vraag(
                        naam,
                        "nieuw dossier (opslaan)",
                        () -> browser.postWithToken(
                                Browser.csrfToken(formulier),
                                "/dossiers/nieuw",
                                "naam",
                                "Knoop Drill",
                                "geboortedatum",
                                "2016-05-04",
                                "bsn",
                                "",
                                "relatie",
                                "KIND"),
                        302);
                if (opgeslagen != null) {
                    String dossier = Browser.location(opgeslagen);
                    vraag(naam, "dossier", () -> browser.get(dossier), 200);
                }
            }
            denk(toeval);
            vraag(naam, "dossiers", () -> browser.get("/dossiers"), 200);
            denk(toeval);
        }
    }

    /** One request, counted in the current phase: the response when it had the expected status, else null. */
    private HttpResponse<String> vraag(
            String naam, String wat, java.util.function.Supplier<HttpResponse<String>> verzoek, int verwacht) {
        Telling telling = tellingen.get(fase.get());
        telling.verzoeken.incrementAndGet();
        String fout;
        try {
            HttpResponse<String> antwoord = verzoek.get();
            String naar = Browser.location(antwoord);
            if (antwoord.statusCode() == 302 && (naar.startsWith("/inloggen") || naar.startsWith("/tweede-factor"))) {
                sessieKwijt.put(naam, true);
                fout = "sent to " + naar;
            } else if (antwoord.statusCode() == verwacht) {
                return antwoord;
            } else {
                fout = "status " + antwoord.statusCode();
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            if (stop.get()) {
                telling.verzoeken.decrementAndGet();
                return null;
            }
            fout = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        telling.mislukt.incrementAndGet();
        if (telling.fouten.size() < 20) {
            telling.fouten.add(Instant.now() + " " + naam + " " + wat + ": " + fout);
        }
        return null;
    }

    private static void denk(Random toeval) {
        try {
            Thread.sleep(100 + toeval.nextInt(200));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- HAProxy's view of the nodes

    /** The servers' status from HAProxy's statistics page (CSV). */
    static final class HaproxyStatus {

        private final HttpClient http = HttpClient.newHttpClient();
        private final URI csv;

        HaproxyStatus(int poort) {
            this.csv = URI.create("http://127.0.0.1:" + poort + "/stats;csv");
        }

        /** The status column of the server in backend {@code schakel}: UP, DOWN, MAINT, ... (or "" when unknown). */
        String status(String server) {
            try {
                String body = http.send(
                                HttpRequest.newBuilder(csv)
                                        .timeout(Duration.ofSeconds(2))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
                return body.lines()
                        .filter(l -> l.startsWith("schakel," + server + ","))
                        .map(l -> l.split(",", -1)[17])
                        .findFirst()
                        .orElse("");
            } catch (IOException e) {
                return "";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "";
            }
        }

        Duration awaitUp(String server, Duration binnen) throws InterruptedException {
            return await(server, "UP", binnen);
        }

        Duration awaitDown(String server, Duration binnen) throws InterruptedException {
            return await(server, "DOWN", binnen);
        }

        private Duration await(String server, String verwacht, Duration binnen) throws InterruptedException {
            long start = System.nanoTime();
            while (System.nanoTime() - start < binnen.toNanos()) {
                if (status(server).equals(verwacht)) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
                Thread.sleep(50);
            }
            throw new AssertionError("HAProxy did not mark " + server + " " + verwacht + " within " + binnen);
        }
    }

    // ---------------------------------------------------------------- the report

    private void verslag(Map<String, Object> cijfers, int runs, Duration kortste) {
        Telling kill = tellingen.get(Fase.KILL);
        Telling rollend = tellingen.get(Fase.ROLLEND);
        long alle = kill.verzoeken.get() + rollend.verzoeken.get();
        long mislukt = kill.mislukt.get() + rollend.mislukt.get();
        double succes = alle == 0 ? 0 : 100.0 * (alle - mislukt) / alle;
        KnoopVerslag verslag = new KnoopVerslag("knooppunt", "A node lost under load, and a rolling restart (F2)")
                .tekst("Two Schakel nodes (the packaged jar) on one PostgreSQL behind HAProxy ("
                        + HAPROXY + "; health check /readyz every 500 ms, option redispatch, retries on another node"
                        + " for a failed connection, and for GET/HEAD also for an empty answer or a 503). "
                        + GEBRUIKERS.size() + " logged-in users (sessions in the database) open the home page, a new"
                        + " dossier from its form and its page, and the list, with 100-300 ms think time. Node A is"
                        + " killed with kill -9 after " + VOOR_KILL.toSeconds() + " s and started again after "
                        + NA_KILL.toSeconds() + " s more; then a rolling restart (SIGTERM to A, A back, SIGTERM to B,"
                        + " B back). The chain check is scheduled every 5 s on both nodes (ShedLock).");
        cijfers.forEach(verslag::cijfer);
        verslag.cijfer("Requests with a node killed (incl. its restart)", kill.verzoeken.get())
                .cijfer("Failed with a node killed", kill.mislukt.get())
                .cijfer("Success with a node killed", String.format(java.util.Locale.ROOT, "%.3f %%", kill.succes()))
                .cijfer("Requests during the rolling restart", rollend.verzoeken.get())
                .cijfer("Failed during the rolling restart", rollend.mislukt.get())
                .cijfer(
                        "All requests / failed / success",
                        alle + " / " + mislukt + " / " + String.format(java.util.Locale.ROOT, "%.3f %%", succes))
                .cijfer("Users sent to the login page", sessieKwijt.keySet())
                .cijfer(
                        "Failures (first 20 per phase)",
                        kill.fouten.isEmpty() && rollend.fouten.isEmpty()
                                ? "none"
                                : String.join("; ", kill.fouten) + " | " + String.join("; ", rollend.fouten))
                .criterium(
                        "≥ 99.95 % of the requests succeed with a node killed",
                        kill.verzoeken.get() > 0 && kill.succes() >= MINIMUM_SUCCES,
                        String.format(java.util.Locale.ROOT, "%.3f %% of %d", kill.succes(), kill.verzoeken.get()))
                .criterium("No session lost", sessieKwijt.isEmpty(), sessieKwijt.size() + " users")
                .criterium(
                        "The scheduled job ran, never twice for one firing (runs ≥ 2.5 s apart)",
                        runs >= 2 && kortste.compareTo(Duration.ofMillis(2_500)) >= 0,
                        runs + " runs, shortest gap " + KnoopVerslag.seconden(kortste))
                .criterium(
                        "0 failed requests during the rolling restart",
                        rollend.verzoeken.get() > 0 && rollend.mislukt.get() == 0,
                        rollend.mislukt.get() + " of " + rollend.verzoeken.get());
        verslag.schrijf();
        verslag.assertGehaald();
    }
}
