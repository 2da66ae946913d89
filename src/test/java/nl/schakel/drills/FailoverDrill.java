package nl.schakel.drills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import nl.schakel.ApiTestClient;
import nl.schakel.Browser;
import nl.schakel.MutableClock;
import nl.schakel.SchakelProces;
import nl.schakel.TestBsn;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * F4 of issue 15 (docs/reliability.md, "Database failover"): a PostgreSQL primary with a synchronous streaming standby
 * (Debian's binaries, temporary folders, loopback), Schakel from the jar with the multi-host URL
 * {@code jdbc:postgresql://127.0.0.1:p1,127.0.0.1:p2/schakel?targetServerType=primary}. Under a write load through
 * the API (signalen in dossiers) and a signed-in user reading pages, the primary's postmaster is killed with
 * {@code kill -9}; after {@value #PAUSE_SECONDS} s the standby is promoted ({@code pg_ctl promote}), as Patroni or
 * CloudNativePG would. Pass: no write that Schakel acknowledged (201) is missing on the new primary; while no primary
 * is reachable every answer is a 503 (the Dutch page for pages, problem+json for the API, within seconds), never a
 * 500; Schakel serves again within 10 s of the promotion without a restart. Run: {@code scripts/drill.sh failover}.
 */
class FailoverDrill {

    static final int PAUSE_SECONDS = 3;
    private static final int WRITERS = 4;
    private static final Duration LOAD_BEFORE = Duration.ofSeconds(15);
    private static final Duration LOAD_AFTER = Duration.ofSeconds(20);
    private static final Duration SERVE_AGAIN_WITHIN = Duration.ofSeconds(10);
    /** The pool waits 3 s; a page may wait twice (its session, then its data). */
    private static final Duration QUICK_503 = Duration.ofSeconds(8);

    private static final String TIMEOUT = "spring.datasource.hikari.connection-timeout";
    /** The pool settings of the prod profile, which the drill gives to Schakel. */
    private static final Properties PROD = prodSettings();

    private final DbDrillVerslag verslag = new DbDrillVerslag("failover", "Drill: database failover (F4)");
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicInteger writes = new AtomicInteger();
    private final AtomicInteger pages = new AtomicInteger();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final AtomicInteger unavailablePages = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicLong slowest503 = new AtomicLong();
    private final ConcurrentLinkedQueue<String> failureKinds = new ConcurrentLinkedQueue<>();
    /** Nano times of every successful request (for the outage and the time to serve again). */
    private final ConcurrentLinkedQueue<Long> successes = new ConcurrentLinkedQueue<>();

    @Test
    void thePrimaryKilledAndTheStandbyPromotedUnderLoadLosesNothingAndAnswers503Meanwhile() throws Exception {
        Path folder = Files.createTempDirectory("schakel-failover");
        PostgresServer primary = null;
        PostgresServer standby = null;
        SchakelProces schakel = null;
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> load = new ArrayList<>();
        try {
            verslag.step("PostgreSQL " + PostgresServer.binaries() + ": primary with initdb in " + folder);
            primary = PostgresServer.init(folder.resolve("primary")).start();
            primary.jdbc("postgres").execute("CREATE DATABASE schakel");
            standby = PostgresServer.standbyOf(primary, folder.resolve("standby"), "standby")
                    .start();
            // synchronous once the standby is there (before, every commit would wait for it)
            primary.jdbc("postgres").execute("ALTER SYSTEM SET synchronous_standby_names = 'standby'");
            primary.jdbc("postgres").execute("SELECT pg_reload_conf()");
            awaitSynchronous(primary);
            verslag.step("synchronous standby streaming (primary port " + primary.port() + ", standby port "
                    + standby.port() + ")");

            String url = "jdbc:postgresql://127.0.0.1:" + primary.port() + ",127.0.0.1:" + standby.port()
                    + "/schakel?targetServerType=primary";
            // a first start creates the schema and the demo data (its year of dossier events needs the pool's
            // default wait); the drill runs on the second, with the prod profile's pool settings
            SchakelProces eerste = new SchakelProces(
                    "schakel-eerste-start",
                    folder,
                    List.of(
                            "--spring.datasource.url=" + url,
                            "--spring.datasource.username=" + PostgresServer.USER,
                            "--spring.datasource.password="),
                    url);
            try {
                eerste.start().awaitReady();
                awaitEventsDone(primary.jdbc("schakel"));
            } finally {
                eerste.stop();
            }
            schakel = new SchakelProces(
                    "schakel",
                    folder,
                    List.of(
                            "--spring.datasource.url=" + url,
                            "--spring.datasource.username=" + PostgresServer.USER,
                            "--spring.datasource.password=",
                            "--spring.datasource.hikari.connection-timeout=" + PROD.getProperty(TIMEOUT),
                            "--spring.datasource.hikari.validation-timeout="
                                    + PROD.getProperty("spring.datasource.hikari.validation-timeout")),
                    url);
            long startedAt = System.nanoTime();
            schakel.start().awaitReady();
            verslag.step("Schakel (jar) ready in " + millis(System.nanoTime() - startedAt) + " ms on " + url
                    + ", connection-timeout " + PROD.getProperty(TIMEOUT) + " ms");

            ApiTestClient api = new ApiTestClient(schakel.port());
            String token = api.token("school-demo", "school-demo-secret");
            for (int i = 0; i < WRITERS; i++) {
                String dossier = openDossier(api, token, new Random(i));
                load.add(Thread.ofPlatform().name("writer-" + i).start(() -> write(api, token, dossier, stop)));
            }
            JdbcTemplate viaSchakelsUrl = schakel.database();
            Browser leerkracht = new Browser(schakel.port(), new MutableClock(), viaSchakelsUrl).login("leerkracht");
            load.add(Thread.ofPlatform().name("reader").start(() -> read(leerkracht, stop)));
            verslag.step(WRITERS + " API writers (signalen) and a signed-in reader (pages) started");

            Thread.sleep(LOAD_BEFORE);
            int acknowledgedBefore = acknowledged.size();
            long killedAt = System.nanoTime();
            primary.kill9();
            verslag.step("kill -9 of the primary's postmaster (" + acknowledgedBefore + " writes acknowledged so far)");
            Thread.sleep(Duration.ofSeconds(PAUSE_SECONDS));
            long promoteAt = System.nanoTime();
            standby.promote();
            long promotedAt = System.nanoTime();
            verslag.step("pg_ctl promote of the standby took " + millis(promotedAt - promoteAt) + " ms");

            Thread.sleep(LOAD_AFTER);
            stop.set(true);
            for (Thread t : load) {
                t.join(Duration.ofSeconds(30));
            }
            verslag.step("load stopped");

            long firstAfterPromotion = successes.stream()
                    .filter(t -> t > promotedAt)
                    .min(Long::compare)
                    .orElse(Long.MAX_VALUE);
            // from the kill to the first success on the promoted standby (a request that was running on the old
            // primary may still end well just after the kill)
            long outage = firstAfterPromotion == Long.MAX_VALUE ? -1 : millis(firstAfterPromotion - killedAt);
            long toServe = firstAfterPromotion == Long.MAX_VALUE ? -1 : millis(firstAfterPromotion - promotedAt);
            // the promoted standby is the primary now: every write Schakel acknowledged must be there
            JdbcTemplate newPrimary = standby.jdbc("schakel");
            List<String> present = newPrimary.queryForList(
                    "SELECT CAST(id AS TEXT) FROM dossier.journal_entry WHERE kind = 'SIGNAAL'", String.class);
            Set<String> missing = ConcurrentHashMap.newKeySet();
            missing.addAll(acknowledged);
            present.forEach(missing::remove);

            verslag.figure("Schrijfacties (API, signalen)", writes.get());
            verslag.figure("Bevestigd (201)", acknowledged.size());
            verslag.figure("Bevestigd maar kwijt op de nieuwe primary", missing.size());
            verslag.figure("Paginaverzoeken", pages.get());
            verslag.figure("503-antwoorden (API en pagina's)", unavailable.get());
            verslag.figure("waarvan pagina's (Nederlandse foutpagina)", unavailablePages.get());
            verslag.figure("Langzaamste 503", slowest503.get() + " ms");
            verslag.figure("Onderbreking (van de kill tot het eerste succes na de promotie)", outage + " ms");
            verslag.figure("Van promotie tot eerste succes", toServe + " ms");
            verslag.figure(
                    "Andere fouten",
                    failures.get() + " " + failureKinds.stream().distinct().toList());
            verslag.criterion("0 bevestigde schrijfacties kwijt", missing.isEmpty(), missing.size());
            verslag.criterion(
                    "weer bediend ≤ 10 s na de promotie, zonder herstart",
                    toServe >= 0 && toServe <= SERVE_AGAIN_WITHIN.toMillis() && schakel.running(),
                    toServe + " ms");
            verslag.criterion(
                    "zonder primary een 503 (Nederlandse pagina of problem+json), nooit een 500 of stack trace",
                    failures.get() == 0 && unavailable.get() > 0,
                    unavailable.get() + " keer 503, " + failures.get() + " andere fouten");
            verslag.criterion(
                    "een pagina kreeg de Nederlandse 503-pagina", unavailablePages.get() > 0, unavailablePages.get());
            verslag.criterion(
                    "503 snel (≤ " + QUICK_503.toSeconds() + " s, niet na 30 s)",
                    slowest503.get() <= QUICK_503.toMillis(),
                    slowest503.get() + " ms");
        } finally {
            stop.set(true);
            PostgresServer.cleanUp(folder, "failover", schakel, standby, primary);
        }
        verslag.finish();
    }

    private static Properties prodSettings() {
        try {
            return PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-prod.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Until every event Schakel published has been handled (none left to send again at the next start). */
    static void awaitEventsDone(JdbcTemplate jdbc) {
        PostgresServer.await(
                Duration.ofSeconds(120),
                "handling every published event",
                () -> Integer.valueOf(0)
                        .equals(jdbc.queryForObject(
                                "SELECT count(*) FROM event_publication WHERE completion_date IS NULL",
                                Integer.class)));
    }

    private static void awaitSynchronous(PostgresServer primary) {
        JdbcTemplate jdbc = primary.jdbc("postgres");
        PostgresServer.await(
                Duration.ofSeconds(60),
                "the standby becoming synchronous",
                () -> jdbc.queryForList(
                                "SELECT sync_state FROM pg_stat_replication WHERE state = 'streaming'", String.class)
                        .contains("sync"));
    }

    private String openDossier(ApiTestClient api, String token, Random random) {
        String body = "{\"betrokkenen\":[{\"naam\":\"Sam Voorbeeld\",\"geboortedatum\":\"2017-05-04\",\"bsn\":\""
                + TestBsn.generated(random) + "\",\"relatie\":\"KIND\"}]}";
        HttpResponse<String> created = api.post("/api/v1/dossiers", body, token, "Namens", "leerkracht");
        if (created.statusCode() != 201) {
            throw new AssertionError("dossier not opened: " + created.statusCode() + " " + created.body());
        }
        return ApiTestClient.json(created).get("id").asText();
    }

    private void write(ApiTestClient api, String token, String dossier, AtomicBoolean stop) {
        // yesterday in the Netherlands: never a date in the future, also around midnight
        String datum = LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(1).toString();
        String body = "{\"datum\":\"" + datum + "\",\"waarneming\":\"Blauwe plekken op de arm.\",\"soort\":\"FEIT\","
                + "\"vormen\":[\"KINDERMISHANDELING_LICHAMELIJK\"],\"disclosure\":true}";
        while (!stop.get()) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> answer =
                        api.post("/api/v1/dossiers/" + dossier + "/signalen", body, token, "Namens", "leerkracht");
                writes.incrementAndGet();
                if (answer.statusCode() == 201) {
                    acknowledged.add(ApiTestClient.json(answer).get("id").asText());
                    successes.add(System.nanoTime());
                } else if (answer.statusCode() == 503
                        && answer.headers()
                                .firstValue("Content-Type")
                                .orElse("")
                                .contains("problem+json")
                        && answer.headers().firstValue("Retry-After").isPresent()) {
                    unavailable(start, false);
                } else {
                    failure("API " + answer.statusCode());
                }
            } catch (UncheckedIOException e) {
                failure("API " + e.getCause().getClass().getSimpleName());
            }
        }
    }

    private void read(Browser browser, AtomicBoolean stop) {
        while (!stop.get()) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> answer = browser.get("/dossiers");
                pages.incrementAndGet();
                if (answer.statusCode() == 200) {
                    successes.add(System.nanoTime());
                } else if (answer.statusCode() == 503
                        && answer.body().contains("Schakel is even niet bereikbaar")
                        && !answer.body().contains("Exception")) {
                    unavailable(start, true);
                } else {
                    failure("page " + answer.statusCode());
                }
                Thread.sleep(100);
            } catch (UncheckedIOException e) {
                failure("page " + e.getCause().getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void unavailable(long start, boolean page) {
        unavailable.incrementAndGet();
        if (page) {
            unavailablePages.incrementAndGet();
        }
        slowest503.accumulateAndGet(millis(System.nanoTime() - start), Math::max);
    }

    private void failure(String kind) {
        failures.incrementAndGet();
        failureKinds.add(kind);
    }

    private static long millis(long nanos) {
        return Duration.ofNanos(nanos).toMillis();
    }
}
