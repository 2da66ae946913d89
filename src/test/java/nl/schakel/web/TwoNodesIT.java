package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.schakel.Application;
import nl.schakel.TestActors;
import nl.schakel.TotpCodes;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.identity.NewAccount;
import nl.schakel.organisation.Kalenderbeheer;
import nl.schakel.organisation.OrganisationManagement;
import nl.schakel.organisation.Tenant;
import nl.schakel.shared.Role;
import nl.schakel.shared.kalender.Werkdagkalender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two complete nodes of Schakel in one JVM on one database (the throw-away embedded PostgreSQL, or the CI server
 * from SPRING_DATASOURCE_URL): sessions live in the database, so either node serves them and a logout on one ends
 * them on both; the scheduled chain check runs on one node per run (ShedLock), not on every node; a change of the
 * equated days made on one node counts on the other after its check.
 */
public class TwoNodesIT {

    private static final Pattern CSRF = Pattern.compile("name=\"(_csrf)\" value=\"([^\"]+)\"");
    private static final String COOKIE = "__Host-SCHAKEL";

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    @BeforeAll
    static void startTwoNodes() {
        nodeA = node();
        nodeB = node();
    }

    @AfterAll
    static void stopTwoNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    private static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(Application.class)
                // a plain SpringApplication would pick up the tests' @TestConfiguration classes (a frozen clock)
                .initializers(context -> context.getBeanFactory()
                        .registerSingleton("excludeTestConfigurations", new ExcludeTestConfigurations()))
                .properties(
                        "server.port=0",
                        "management.server.port=0",
                        "schakel.audit.chain-check-cron=* * * * * *",
                        "schakel.audit.chain-check-lock-at-least=PT0.9S",
                        "schakel.kalender.verversen=PT1S",
                        "spring.datasource.hikari.maximum-pool-size=4")
                .run();
    }

    @Test
    void aSessionFromNodeAIsHonouredOnNodeBAndALogoutOnBEndsItOnA() throws Exception {
        String username = "node-" + UUID.randomUUID().toString().substring(0, 8);
        Tenant noord = nodeA.getBean(OrganisationManagement.class)
                .findByName("Veilig Thuis Demo-Noord")
                .orElseThrow();
        nodeA.getBean(IdentityManagement.class)
                .createSystemAccount(
                        new NewAccount(
                                username,
                                "Nora Node",
                                TotpCodes.DEMO_PASSWORD,
                                noord.id(),
                                noord.kind(),
                                null,
                                Role.VT_MEDEWERKER,
                                null),
                        TotpCodes.DEMO_SECRET);

        // Log in on node A: password, then the code.
        String a = base(nodeA);
        String b = base(nodeB);
        HttpResponse<String> login = get(a + "/inloggen");
        assertThat(login.statusCode()).isEqualTo(200);
        HttpResponse<String> afterPassword = post(
                a + "/inloggen",
                Map.of("gebruikersnaam", username, "wachtwoord", TotpCodes.DEMO_PASSWORD, "_csrf", csrf(login)));
        assertThat(location(afterPassword)).isEqualTo("/tweede-factor");
        HttpResponse<String> codePage = get(a + "/tweede-factor");
        assertThat(codePage.statusCode()).isEqualTo(200);
        HttpResponse<String> afterCode = post(
                a + "/tweede-factor",
                Map.of(
                        "code",
                        TotpCodes.codeAt(TotpCodes.DEMO_SECRET, Instant.now()),
                        "terug",
                        "/",
                        "_csrf",
                        csrf(codePage)));
        assertThat(location(afterCode)).isEqualTo("/");
        String session = cookies.get(COOKIE);
        assertThat(session).isNotBlank();

        // The same cookie on node B: B serves the home page of the same person.
        HttpResponse<String> homeOnB = get(b + "/");
        assertThat(homeOnB.statusCode()).isEqualTo(200);
        assertThat(homeOnB.body()).contains("Welkom, Nora Node");
        assertThat(get(a + "/").body()).contains("Welkom, Nora Node");

        // Log out on node B ...
        HttpResponse<String> logout = post(b + "/uitloggen", Map.of("_csrf", csrf(homeOnB)));
        assertThat(location(logout)).isEqualTo("/inloggen?uitgelogd");

        // ... and the old session cookie no longer opens anything on node A.
        cookies.clear();
        cookies.put(COOKIE, session);
        HttpResponse<String> homeOnA = get(a + "/");
        assertThat(homeOnA.statusCode()).isEqualTo(302);
        assertThat(location(homeOnA)).isEqualTo("/inloggen");
    }

    @Test
    void theScheduledChainCheckRunsOnOneNodePerSecond() throws InterruptedException {
        JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        Thread.sleep(5_500);
        Instant to = from.plusSeconds(5);

        List<Instant> runs = jdbc.sql("SELECT occurred_at FROM audit.access_log WHERE event = 'audit.chain-check'"
                        + " AND occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .list();

        // Both nodes fire every second, so without the lock there would be about ten runs in these five seconds. The
        // lock is held at least 0.9 s from the start of a run, so two runs are never closer than that: at most six
        // fit in five seconds, however late a busy machine starts them (a late run only means fewer runs).
        assertThat(runs).as("chain checks between %s and %s", from, to).hasSizeBetween(2, 6);
    }

    /**
     * A decree entered on node A counts on node B as soon as B's periodic check has seen the list's new version (every
     * second here, 30 s by default): both nodes count terms on the same days (ADR-0017).
     */
    @Test
    void aDecreeEnteredOnNodeACountsOnNodeBAfterItsCheck() {
        Werkdagkalender opB = nodeB.getBean(Werkdagkalender.class);
        LocalDate dag = LocalDate.of(2044, 3, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY));
        assertThat(opB.isWerkdag(dag)).isTrue();

        nodeA.getBean(Kalenderbeheer.class)
                .voegBesluitToe(
                        TestActors.actor(nodeA.getBean(JdbcTemplate.class), "platform"),
                        "Testbesluit twee nodes",
                        "",
                        dag.getDayOfMonth() + "-3-2044");

        assertThat(nodeA.getBean(Werkdagkalender.class).isWerkdag(dag)).isFalse();
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(opB.isWerkdag(dag)).isFalse());
    }

    private static String base(ConfigurableApplicationContext node) {
        return "http://localhost:"
                + ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    /** Where a redirect goes, as path and query (Tomcat may send an absolute URL). */
    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("redirect from %s", response.uri()).isBetween(301, 303);
        URI target = URI.create(response.headers().firstValue("Location").orElseThrow());
        return target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as("CSRF token on %s", page.uri()).isTrue();
        return m.group(2);
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A tiny cookie jar: the session cookie is Secure, which java.net's own jar would not send over http. */
    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        request.header("Accept", "text/html").header("Accept-Language", "nl");
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).strip();
            String value = pair.substring(eq + 1).strip();
            if (value.isEmpty() || header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }

    /** Leaves out the tests' {@link TestConfiguration} classes, as {@code @SpringBootTest} does. */
    public static final class ExcludeTestConfigurations extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ExcludeTestConfigurations;
        }

        @Override
        public int hashCode() {
            return ExcludeTestConfigurations.class.hashCode();
        }
    }
}
