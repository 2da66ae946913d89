package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.schakel.ApiTestClient;
import nl.schakel.Application;
import nl.schakel.Browser;
import nl.schakel.DbProxy;
import nl.schakel.MutableClock;
import nl.schakel.TestActors;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.organisation.OrganisationManagement;
import nl.schakel.organisation.Tenant;
import nl.schakel.shared.Role;
import nl.schakel.shared.SecurityHeaders;
import nl.schakel.shared.database.EmbeddedPostgresServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Schakel whose database goes away while it runs (issue 15, ADR-0040): the connections to PostgreSQL run through a
 * relay that the test cuts, as a killed primary would. Pages answer 503 with the Dutch page and {@code Retry-After},
 * the API and the token endpoint 503 with problem+json, also for a request whose session must be read from the
 * database before any controller runs; each within seconds, never a 500 or a stack trace; {@code /readyz} is DOWN.
 * When the database is back Schakel serves again without a restart, and the session is still there.
 */
class DatabaseUnavailableIT {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)(/.*)");
    /** The pool waits 3 s for a connection; a request may try twice (the session, then the page). */
    private static final Duration QUICKLY = Duration.ofSeconds(8);

    private static @Nullable EmbeddedPostgresServer own;
    private static @Nullable Path ownFolder;
    private static DbProxy proxy;
    private static ConfigurableApplicationContext app;

    @BeforeAll
    static void startOnARelayedDatabase() throws Exception {
        String server = System.getenv("SPRING_DATASOURCE_URL");
        if (server == null || server.isBlank()) {
            ownFolder = Files.createTempDirectory("schakel-db-weg");
            own = EmbeddedPostgresServer.start(ownFolder);
            server = own.jdbcUrl();
        }
        Matcher m = URL.matcher(server);
        assertThat(m.matches())
                .as("a jdbc:postgresql://host:port/... URL: %s", server)
                .isTrue();
        proxy = new DbProxy(m.group(1), Integer.parseInt(m.group(2)));
        String prodTimeout = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-prod.properties"))
                .getProperty("spring.datasource.hikari.connection-timeout");
        app = new SpringApplicationBuilder(Application.class)
                .initializers(context -> context.getBeanFactory()
                        .registerSingleton("excludeTestConfigurations", new TwoNodesIT.ExcludeTestConfigurations()))
                // as command-line arguments: they win over the environment (SPRING_DATASOURCE_URL in CI), so the
                // application really goes through the relay
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + proxy.port() + m.group(3),
                        "--spring.datasource.username="
                                + System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres"),
                        "--spring.datasource.password="
                                + System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""),
                        // the prod profile's wait for a connection
                        "--spring.datasource.hikari.connection-timeout=" + prodTimeout,
                        // the demo's start-up sends a year of dossier events at once: a few at a time, so none of
                        // them waits longer than that for a connection
                        "--spring.task.execution.simple.concurrency-limit=4");
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            proxy.open();
            app.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (own != null) {
            own.close();
        }
        if (ownFolder != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(ownFolder);
        }
    }

    @Test
    void withoutTheDatabaseEveryAnswerIsAQuick503InDutchAndAfterwardsSchakelServesAgainWithoutARestart() {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        Browser browser = signedIn(port);
        ApiTestClient api = new ApiTestClient(port);
        String token = api.token("school-demo", "school-demo-secret");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        proxy.cut();

        HttpResponse<String> page = quickly(() -> browser.get("/"));
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).contains("5");
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body())
                .contains("<html lang=\"nl\"")
                .contains("Schakel is even niet bereikbaar")
                .contains("Foutcode 503")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        // written outside Spring Security's chain: the same strict headers all the same
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.PAGE_POLICY);
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");

        HttpResponse<String> english = quickly(() -> {
            browser.setCookie(LocaleConfiguration.COOKIE, "en");
            return browser.get("/");
        });
        assertThat(english.statusCode()).isEqualTo(503);
        assertThat(english.body()).contains("Schakel is briefly unavailable");
        browser.setCookie(LocaleConfiguration.COOKIE, "nl");

        HttpResponse<String> read = quickly(() -> api.get("/api/v1/dossiers", token, "Namens", "leerkracht"));
        assertThat(read.statusCode()).isEqualTo(503);
        assertThat(read.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(read.headers().firstValue("Retry-After")).contains("5");
        assertThat(ApiTestClient.json(read).get("status").asInt()).isEqualTo(503);
        assertThat(ApiTestClient.json(read).get("title").asText()).isEqualTo("Schakel is even niet bereikbaar");
        assertThat(read.body()).doesNotContain("Exception").doesNotContain("jdbc");

        HttpResponse<String> newToken = quickly(() -> api.tokenResponse("school-demo", "school-demo-secret"));
        assertThat(newToken.statusCode()).isEqualTo(503);
        assertThat(newToken.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

        assertThat(quickly(() -> api.get("/readyz", null)).statusCode())
                .as("not ready without the database")
                .isEqualTo(503);

        proxy.open();

        long back = System.nanoTime();
        HttpResponse<String> again = browser.get("/");
        while (again.statusCode() != 200
                && System.nanoTime() - back < Duration.ofSeconds(10).toNanos()) {
            again = browser.get("/");
        }
        assertThat(again.statusCode())
                .as("the same session serves again within 10 s, without a restart")
                .isEqualTo(200);
        assertThat(api.get("/api/v1/dossiers", token, "Namens", "leerkracht").statusCode())
                .isEqualTo(200);
        assertThat(api.get("/readyz", null).statusCode()).isEqualTo(200);
    }

    /** A user of a demo region of their own (not a demo user another test may have moved on), signed in. */
    private static Browser signedIn(int port) {
        Tenant noord = app.getBean(OrganisationManagement.class)
                .findByName("Veilig Thuis Demo-Noord")
                .orElseThrow();
        String username = TestActors.enrolledMember(
                app.getBean(IdentityManagement.class), noord.id(), noord.kind(), "dbweg", Role.VT_MEDEWERKER, null);
        return new Browser(port, new MutableClock(), app.getBean(JdbcTemplate.class)).login(username);
    }

    private static <T> T quickly(Supplier<T> request) {
        long start = System.nanoTime();
        T answer = request.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("answered within %s, not after the pool's default 30 s", QUICKLY)
                .isLessThan(QUICKLY);
        return answer;
    }
}
