package nl.schakel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A browser for integration tests: its own cookie jar (also for {@code Secure} cookies over plain HTTP on the test
 * port), no automatic redirects, and the real login flow with the CSRF token taken from the page.
 */
public final class Browser {

    public static final String SESSION_COOKIE = "__Host-SCHAKEL";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String base;
    private final MutableClock clock;
    private final JdbcTemplate jdbc;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private String accept = "text/html";

    private final Map<String, String> headers = new LinkedHashMap<>();

    /** From now on asks for this media type (a page's script asks for JSON, say) instead of HTML. */
    public Browser accepting(String mediaType) {
        this.accept = mediaType;
        return this;
    }

    /** From now on sends this header with every request (htmx's {@code HX-Request}, say); {@code null} stops it. */
    public Browser header(String name, @Nullable String value) {
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
        return this;
    }

    public Browser(int port, MutableClock clock, JdbcTemplate jdbc) {
        this.base = "http://localhost:" + port;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts a form as given, without adding a CSRF token. */
    public HttpResponse<String> postWithoutCsrf(String path, String... nameValues) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(nameValues))));
    }

    /** Posts a form body encoded by the caller (to send bytes a browser would not), without adding a CSRF token. */
    public HttpResponse<String> postEncoded(String path, String encodedForm) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encodedForm)));
    }

    /** Posts a form with the CSRF token from the page at {@code tokenPage}, as a browser would. */
    public HttpResponse<String> post(String tokenPage, String path, String... nameValues) {
        return postWithToken(csrfToken(tokenPage), path, nameValues);
    }

    /** Posts a form with the CSRF token of a page already fetched (see {@link #csrfToken(HttpResponse)}). */
    public HttpResponse<String> postWithToken(String token, String path, String... nameValues) {
        String[] withToken = new String[nameValues.length + 2];
        System.arraycopy(nameValues, 0, withToken, 0, nameValues.length);
        withToken[nameValues.length] = "_csrf";
        withToken[nameValues.length + 1] = token;
        return postWithoutCsrf(path, withToken);
    }

    /**
     * Posts a multipart form with one file, as a browser sends a file upload: {@code action} is the form's address as
     * the page gives it (with its CSRF token), the other fields are name-value pairs.
     */
    public HttpResponse<String> postFile(
            String action, String field, String filename, String contentType, byte[] content, String... nameValues) {
        String boundary =
                "----SchakelTest" + java.util.UUID.randomUUID().toString().replace("-", "");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + nameValues[i]
                            + "\"\r\n\r\n" + nameValues[i + 1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                        + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + action.replace("&amp;", "&")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public String csrfToken(String page) {
        return csrfToken(get(page));
    }

    public static String csrfToken(HttpResponse<String> response) {
        Matcher m = CSRF.matcher(response.body());
        assertThat(m.find())
                .as("CSRF token on %s (status %d)", response.uri(), response.statusCode())
                .isTrue();
        return m.group(1);
    }

    /** The first factor only. */
    public HttpResponse<String> password(String username, String password) {
        return post("/inloggen", "/inloggen", "gebruikersnaam", username, "wachtwoord", password);
    }

    /** Both factors with the user's TOTP secret; ends on the home page. */
    public Browser login(String username) {
        return login(username, TotpCodes.DEMO_PASSWORD, TotpCodes.DEMO_SECRET);
    }

    public Browser login(String username, String password, String secret) {
        HttpResponse<String> first = password(username, password);
        assertThat(location(first)).as("after the password of %s", username).isEqualTo("/tweede-factor");
        HttpResponse<String> second = secondFactor(nextCode(username, secret));
        assertThat(location(second)).as("after the code of %s", username).isEqualTo("/");
        return this;
    }

    public HttpResponse<String> secondFactor(String code) {
        return post("/tweede-factor", "/tweede-factor", "code", code);
    }

    /**
     * A code the user has not used yet: moves the shared test clock past the last step the user used (another test
     * context may have moved its own clock further), then one step on.
     */
    public String nextCode(String username, String secret) {
        List<Long> last = jdbc.queryForList(
                "SELECT totp_last_step FROM identity.account WHERE lower(username) = lower(?)", Long.class, username);
        if (!last.isEmpty()) {
            Instant afterLast = Instant.ofEpochSecond((last.getFirst() + 1) * 30);
            if (clock.instant().isBefore(afterLast)) {
                clock.set(afterLast);
            }
        }
        return TotpCodes.nextCode(clock, secret);
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    public static String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElse("");
        return location.replaceFirst("^https?://[^/]+", "");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A GET whose body is kept as bytes (a PDF, say), with the cookies of this browser. */
    public HttpResponse<byte[]> getBytes(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        if (!cookies.isEmpty()) {
            StringJoiner header = new StringJoiner("; ");
            cookies.forEach((name, value) -> header.add(name + "=" + value));
            request.header("Cookie", header.toString());
        }
        request.header("Accept", accept);
        headers.forEach(request::header);
        request.timeout(Duration.ofSeconds(30));
        try {
            HttpResponse<T> response = http.send(request.build(), body);
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('=')).strip();
                String value = pair.substring(pair.indexOf('=') + 1).strip();
                if (value.isEmpty() || setCookie.matches("(?i).*;\\s*Max-Age=0\\b.*")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return response;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(String... nameValues) {
        StringJoiner body = new StringJoiner("&");
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            body.add(URLEncoder.encode(nameValues[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(nameValues[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }
}
