package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.schakel.Browser;
import nl.schakel.MutableClock;
import nl.schakel.WebIT;
import nl.schakel.shared.SecurityHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Strict headers on every kind of response, seen over real HTTP (so the server's own headers count too). */
@WebIT
class SecurityHeadersIT {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPageHasStrictHeadersAndIsNotCached() {
        HttpResponse<String> page =
                new Browser(port, clock, jdbc).login("leerkracht").get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertStrictHeaders(page);
        assertNotCached(page);
    }

    @Test
    void theLoginPageHasStrictHeadersAndIsNotCached() {
        HttpResponse<String> page = new Browser(port, clock, jdbc).get("/inloggen");

        assertThat(page.statusCode()).isEqualTo(200);
        assertStrictHeaders(page);
        assertNotCached(page);
    }

    @Test
    void anErrorPageHasStrictHeadersAndIsNotCached() {
        HttpResponse<String> error =
                new Browser(port, clock, jdbc).login("leerkracht").get("/bestaat-niet");

        assertThat(error.statusCode()).isEqualTo(404);
        assertThat(error.body()).contains("Niet gevonden");
        assertStrictHeaders(error);
        assertNotCached(error);
    }

    @Test
    void aForbiddenPageHasStrictHeaders() {
        HttpResponse<String> forbidden =
                new Browser(port, clock, jdbc).login("leerkracht").get("/beheer/leden");

        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Geen toegang");
        assertStrictHeaders(forbidden);
        assertNotCached(forbidden);
    }

    @Test
    void aStaticResourceHasStrictHeaders() {
        HttpResponse<String> css = new Browser(port, clock, jdbc).get("/css/schakel.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertStrictHeaders(css);
    }

    @Test
    void whatTomcatRefusesItselfIsInDutchWithStrictHeaders() {
        // bytes that are not UTF-8 in the path: Tomcat refuses them before the application (ConnectorErrorReport)
        HttpResponse<String> page = new Browser(port, clock, jdbc).get("/dossiers/%ED%A0%80");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<html lang=\"nl\"").doesNotContain("Apache Tomcat");
        assertStrictHeaders(page);
        assertNotCached(page);

        HttpResponse<String> api = new Browser(port, clock, jdbc).get("/api/v1/teams/%ED%A0%80");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(api.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.NON_PAGE_POLICY);
        assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    private static void assertStrictHeaders(HttpResponse<String> response) {
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp)
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Server")).isEmpty();
        assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
    }

    private static void assertNotCached(HttpResponse<String> response) {
        assertThat(response.headers().allValues("Cache-Control"))
                .anySatisfy(value -> assertThat(value).contains("no-store"));
    }
}
