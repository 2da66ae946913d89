package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.schakel.ApiTestClient;
import nl.schakel.Browser;
import nl.schakel.WebITSupport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad input to everything that takes input, with no 5xx (issue 9). The API part is generated from the OpenAPI document:
 * every operation, every string field of its request body (nested and in lists, optional ones too) gets a NUL, a lone
 * surrogate ({@code \ud800}) and a 1 MB string, and every field a value of the wrong JSON type (a number for text,
 * text for a boolean or a number, a position for a choice); each must be a 400 problem. Every string parameter (path,
 * query, header) gets the same, as far as HTTP can carry it, and must not be a 5xx. The forms part walks the pages as
 * the demo users, collects every form with its fields, and posts the same three texts to each field with a valid
 * session and CSRF token: a 400, never a 5xx. A new operation or form is covered without a change here.
 *
 * <p>Issue 15 (ADR-0041) adds, for every API operation: control characters (BEL, ESC, DEL, a C1 control, U+FFFD) in
 * every string field; a body that is not JSON, one sent as another content type, and one over the size limit; every
 * answer to these and to the bad parameters is a 4xx {@code application/problem+json}; and nothing is written: the
 * tables of the domain schemas are the same before and after each operation's bad requests (the access log may get
 * a row for a refusal).
 */
class BadInputFuzzIT extends WebITSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String NUL = "\u0000";
    /** Stands for a lone surrogate in a body: written as the JSON escape {@code \ud800}, which UTF-8 cannot carry raw. */
    private static final String SURROGATE = "LONE-SURROGATE";

    private static final String MEGABYTE = "a".repeat(1024 * 1024);
    private static final List<String> TEXTS =
            List.of(NUL, SURROGATE, MEGABYTE, "a\u0007b", "\u001b[2J", "a\u007fb", "a\u0085b", "a\ufffdb");
    /** A body over the API's size limit: the sample body with a field of this many characters added. */
    private static final int OVERSIZED = 3 * 1024 * 1024;
    /** The schemas of the domain: nothing in them may change on a refused request (the audit schema may). */
    private static final List<String> DOMAIN_SCHEMAS =
            List.of("concept", "dossier", "identity", "keten", "organisation", "register", "reporting", "veiligthuis");

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final List<String> USERS = List.of(
            "leerkracht",
            "af-school",
            "beheer-school",
            "privacy-school",
            "platform",
            "vt-noord",
            "gw-noord",
            "tl-noord");
    private static final int PAGES_PER_USER = 40;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private ApiTestClient api;
    private JsonNode doc;
    private String school;
    private String veiligThuis;
    private UUID dossier;

    @BeforeEach
    void setUp() {
        api = new ApiTestClient(port);
        school = api.token("school-demo", "school-demo-secret");
        veiligThuis = api.token("vt-noord-demo", "vt-noord-demo-secret");
        doc = JSON.readTree(api.get(ApiDocumentation.DOCUMENT, null).body());
        HttpResponse<String> opened = api.post(
                "/api/v1/dossiers",
                "{\"betrokkenen\":[{\"naam\":\"Fuzz Voorbeeld\",\"geboortedatum\":\"2017-05-04\",\"relatie\":\"KIND\"}]}",
                school,
                "Namens",
                "leerkracht");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        dossier = UUID.fromString(JSON.readTree(opened.body()).path("id").asString());
    }

    @Test
    void everyFieldOfEveryApiOperationRefusesBadInputWithA400() {
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            if (path.getKey().equals("/openapi.json")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                Call call = new Call(operation.getKey().toUpperCase(), path.getKey(), operation.getValue());
                Map<String, String> before = domainTables();
                requests += fuzzParameters(call, failures);
                requests += fuzzBody(call, failures);
                requests += malformedBodies(call, failures);
                Map<String, String> after = domainTables();
                if (!after.equals(before)) {
                    failures.add(call.method() + " " + call.path() + " wrote to "
                            + after.keySet().stream()
                                    .filter(table -> !after.get(table).equals(before.get(table)))
                                    .toList());
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(requests).as("requests sent").isGreaterThan(300);
    }

    @Test
    void everyFieldOfEveryFormRefusesBadTextWithA400() {
        List<String> failures = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int forms = 0;
        for (String user : USERS) {
            Browser browser = browser().login(user);
            for (Page page : crawl(browser)) {
                for (Form form : forms(page)) {
                    if (!seen.add(form.method() + " " + form.action().replaceAll("[0-9a-f-]{36}", "{id}") + " "
                            + form.fields().keySet())) {
                        continue;
                    }
                    forms++;
                    for (String field : form.fields().keySet()) {
                        for (String text : List.of(encode(NUL), "%ED%A0%80", encode(MEGABYTE))) {
                            HttpResponse<String> response = submit(browser, page, form, field, text);
                            boolean refused = form.method().equals("post")
                                    ? response.statusCode() == 400
                                    : response.statusCode() < 500;
                            if (!refused) {
                                failures.add(user + " " + form.method() + " " + form.action() + " " + field + " "
                                        + describe(text) + " → " + response.statusCode());
                            }
                        }
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(forms).as("distinct forms found").isGreaterThan(20);
    }

    // ---- the API, from the OpenAPI document

    private record Call(String method, String path, JsonNode operation) {}

    private int fuzzParameters(Call call, List<String> failures) {
        int sent = 0;
        for (JsonNode parameter : call.operation().path("parameters")) {
            JsonNode resolved = resolve(parameter);
            String name = resolved.path("name").asString();
            String in = resolved.path("in").asString();
            if (!"string".equals(resolve(resolved.path("schema")).path("type").asString("string"))) {
                continue;
            }
            List<String> values =
                    in.equals("header") ? List.of("a".repeat(10_001)) : List.of("%00", "%ED%A0%80", "a".repeat(10_001));
            for (String value : values) {
                Map<String, String> overrides = Map.of(in + ":" + name, value);
                HttpResponse<String> response = send(call, overrides, body(call));
                sent++;
                // A header the app does not read (Accept-Language) may be ignored. A NUL or bytes that are not UTF-8
                // in the path are refused by Tomcat before the app sees them: ConnectorErrorReport answers those.
                boolean refused = in.equals("header") ? response.statusCode() < 500 : isProblem4xx(response);
                if (!refused) {
                    failures.add(call.method() + " " + call.path() + " " + in + " " + name + " " + describe(value)
                            + " → " + response.statusCode());
                }
            }
        }
        return sent;
    }

    private int fuzzBody(Call call, List<String> failures) {
        JsonNode base = body(call);
        if (base == null) {
            return 0;
        }
        JsonNode schema = resolve(call.operation()
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema"));
        List<Field> fields = new ArrayList<>();
        fields(schema, new ArrayList<>(), fields, 0);
        int sent = 0;
        for (Field field : fields) {
            List<JsonNode> bad = new ArrayList<>();
            if (field.type().equals("string")) {
                TEXTS.forEach(text -> bad.add(NODES.stringNode(text)));
            }
            bad.add(wrongType(field.schema()));
            for (JsonNode value : bad) {
                JsonNode body = with(base, field.path(), value);
                HttpResponse<String> response = send(call, Map.of(), body);
                sent++;
                boolean problem = response.statusCode() == 400
                        && response.headers()
                                .firstValue("Content-Type")
                                .orElse("")
                                .startsWith("application/problem+json");
                if (!problem) {
                    failures.add(call.method() + " " + call.path() + " " + field.path() + " "
                            + describe(value.toString()) + " → " + response.statusCode());
                }
            }
        }
        return sent;
    }

    /**
     * A body that is not JSON, the sample body as another content type, and the sample body made too large: each a
     * 4xx problem.
     */
    private int malformedBodies(Call call, List<String> failures) {
        JsonNode base = body(call);
        if (base == null) {
            return 0;
        }
        ObjectNode oversized = base.isObject() ? ((ObjectNode) base.deepCopy()) : NODES.objectNode();
        oversized.put("opvulling", "a".repeat(OVERSIZED));
        Map<String, Raw> bodies = new LinkedHashMap<>();
        bodies.put("broken JSON", new Raw("application/json", "{\"a\": [1, "));
        bodies.put("not JSON at all", new Raw("application/json", "\u0000\u0001 geen json"));
        bodies.put("text/plain", new Raw("text/plain", JSON.writeValueAsString(base)));
        bodies.put("form encoded", new Raw("application/x-www-form-urlencoded", "naam=x"));
        bodies.put("oversized body", new Raw("application/json", JSON.writeValueAsString(oversized)));
        for (Map.Entry<String, Raw> bad : bodies.entrySet()) {
            HttpResponse<String> response = send(call, Map.of(), bad.getValue());
            if (!isProblem4xx(response)) {
                failures.add(call.method() + " " + call.path() + " " + bad.getKey() + " → " + response.statusCode()
                        + " " + response.headers().firstValue("Content-Type").orElse("(no content type)"));
            }
        }
        return bodies.size();
    }

    private record Raw(String contentType, String text) {}

    private static boolean isProblem4xx(HttpResponse<String> response) {
        return response.statusCode() >= 400
                && response.statusCode() < 500
                && response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
    }

    /**
     * Every table of the domain schemas with its row count and a digest of its rows: a refused request must leave all
     * of them as they were.
     */
    private Map<String, String> domainTables() {
        Map<String, String> tables = new java.util.TreeMap<>();
        for (String table : jdbc.queryForList(
                "SELECT table_schema || '.' || table_name FROM information_schema.tables"
                        + " WHERE table_type = 'BASE TABLE' AND table_schema IN ("
                        + String.join(
                                ",",
                                DOMAIN_SCHEMAS.stream().map(s -> "'" + s + "'").toList()) + ")",
                String.class)) {
            tables.put(
                    table,
                    jdbc.queryForObject(
                            "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '')"
                                    + " FROM " + table + " t",
                            String.class));
        }
        return tables;
    }

    private record Field(List<Object> path, String type, JsonNode schema) {}

    /** Every property of the body's schema, nested objects and the first item of lists included. */
    private void fields(JsonNode schema, List<Object> path, List<Field> into, int depth) {
        JsonNode s = merged(schema);
        String type = type(s);
        if (!path.isEmpty()) {
            into.add(new Field(List.copyOf(path), type, s));
        }
        if (depth > 6) {
            return;
        }
        if (type.equals("object")) {
            for (Map.Entry<String, JsonNode> property : s.path("properties").properties()) {
                List<Object> child = new ArrayList<>(path);
                child.add(property.getKey());
                fields(property.getValue(), child, into, depth + 1);
            }
        } else if (type.equals("array")) {
            List<Object> child = new ArrayList<>(path);
            child.add(0);
            fields(s.path("items"), child, into, depth + 1);
        }
    }

    private static JsonNode wrongType(JsonNode schema) {
        if (schema.has("enum")) {
            return NODES.numberNode(0);
        }
        return switch (type(schema)) {
            case "string" -> NODES.numberNode(12345);
            case "boolean" -> NODES.stringNode("true");
            case "integer", "number" -> NODES.stringNode("1");
            case "array" -> NODES.stringNode("x");
            default -> NODES.stringNode("x");
        };
    }

    /** A body with every property filled in with a value of its type, or null for an operation without a body. */
    private @Nullable JsonNode body(Call call) {
        JsonNode schema = call.operation()
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema");
        return schema.isMissingNode() ? null : sample(schema, "", 0);
    }

    private JsonNode sample(JsonNode schema, String name, int depth) {
        JsonNode s = merged(schema);
        if (s.has("enum")) {
            return s.path("enum").get(0);
        }
        return switch (type(s)) {
            case "string" ->
                NODES.stringNode(
                        switch (s.path("format").asString("")) {
                            case "date" -> "2026-01-05";
                            case "date-time" -> "2026-01-05T10:00:00+01:00";
                            case "uuid" -> UUID.randomUUID().toString();
                            default -> name.equals("bsn") ? "111222333" : "Een tekst";
                        });
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> {
                ArrayNode items = NODES.arrayNode();
                if (depth < 6) {
                    items.add(sample(s.path("items"), name, depth + 1));
                }
                yield items;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 6) {
                    for (Map.Entry<String, JsonNode> property :
                            s.path("properties").properties()) {
                        object.set(property.getKey(), sample(property.getValue(), property.getKey(), depth + 1));
                    }
                }
                yield object;
            }
        };
    }

    private static JsonNode with(JsonNode base, List<Object> path, JsonNode value) {
        JsonNode copy = base.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            parent = path.get(i) instanceof Integer index ? parent.get(index) : parent.get((String) path.get(i));
        }
        Object last = path.getLast();
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return copy;
    }

    private HttpResponse<String> send(Call call, Map<String, String> overrides, @Nullable JsonNode body) {
        return send(
                call,
                overrides,
                body == null
                        ? null
                        : new Raw(
                                "application/json",
                                JSON.writeValueAsString(body).replace(SURROGATE, "\\ud800")));
    }

    private HttpResponse<String> send(Call call, Map<String, String> overrides, @Nullable Raw body) {
        String path = call.path();
        StringBuilder query = new StringBuilder();
        HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(60));
        boolean forRegion = path.startsWith("/veilig-thuis");
        request.header("Authorization", "Bearer " + (forRegion ? veiligThuis : school));
        for (JsonNode parameter : call.operation().path("parameters")) {
            JsonNode resolved = resolve(parameter);
            String name = resolved.path("name").asString();
            String in = resolved.path("in").asString();
            String value = overrides.get(in + ":" + name);
            switch (in) {
                case "path" ->
                    path = path.replace("{" + name + "}", value != null ? value : encode(pathValue(call.path(), name)));
                case "query" -> {
                    if (value != null || resolved.path("required").asBoolean()) {
                        query.append(query.isEmpty() ? "?" : "&")
                                .append(name)
                                .append('=')
                                .append(value != null ? value : "1");
                    }
                }
                case "header" -> request.header(name, value != null ? value : headerValue(name));
                default -> {}
            }
        }
        request.uri(URI.create("http://localhost:" + port + ApiDocumentation.BASE_PATH + path + query));
        if (body != null) {
            request.header("Content-Type", body.contentType());
            request.method(call.method(), HttpRequest.BodyPublishers.ofString(body.text()));
        } else {
            request.method(call.method(), HttpRequest.BodyPublishers.noBody());
        }
        return send(request.build());
    }

    private String pathValue(String path, String name) {
        if (path.startsWith("/dossiers/") && name.equals("id")) {
            return dossier.toString();
        }
        if (name.equals("kadercode")) {
            return JSON.readTree(api.get(ApiDocumentation.BASE_PATH + "/afwegingskaders", school)
                            .body())
                    .get(0)
                    .path("code")
                    .asString();
        }
        return UUID.randomUUID().toString();
    }

    private static String headerValue(String name) {
        return name.equals("Namens") ? "leerkracht" : "x";
    }

    // ---- the forms, found by walking the pages

    private record Page(String path, String html) {}

    private record Form(String method, String action, Map<String, String> fields) {}

    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#?]*)");
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern OPTION = Pattern.compile("<option\\b[^>]*value=\"([^\"]*)\"");

    /** The pages a user reaches by following links from the home page, without the ones that end the session. */
    private List<Page> crawl(Browser browser) {
        List<Page> pages = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/", "/dossiers", "/dossiers/" + dossier));
        while (!queue.isEmpty() && pages.size() < PAGES_PER_USER) {
            String path = queue.removeFirst();
            if (!seen.add(path.replaceAll("[0-9a-f-]{36}", "{id}")) || skip(path)) {
                continue;
            }
            HttpResponse<String> response = browser.get(path);
            if (response.statusCode() != 200
                    || !response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            pages.add(new Page(path, response.body()));
            Matcher link = LINK.matcher(response.body());
            while (link.find()) {
                queue.addLast(unescape(link.group(1)));
            }
        }
        return pages;
    }

    private static boolean skip(String path) {
        return path.startsWith("/css")
                || path.startsWith("/js")
                || path.startsWith("/img")
                || path.startsWith("/webjars")
                || path.startsWith("/uitloggen")
                || path.startsWith("/api")
                || path.contains("/export")
                || path.endsWith(".pdf");
    }

    private static List<Form> forms(Page page) {
        List<Form> forms = new ArrayList<>();
        Matcher form = FORM.matcher(page.html());
        while (form.find()) {
            String attributes = form.group(1);
            String method = attribute(attributes, "method").toLowerCase();
            String action = attribute(attributes, "action");
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(form.group(2));
            while (input.find()) {
                String type = attribute(input.group(1), "type");
                String name = attribute(input.group(1), "name");
                if (!name.isEmpty()
                        && !Set.of("submit", "button", "image", "file").contains(type)) {
                    fields.putIfAbsent(name, attribute(input.group(1), "value"));
                }
            }
            Matcher textarea = TEXTAREA.matcher(form.group(2));
            while (textarea.find()) {
                fields.putIfAbsent(attribute(textarea.group(1), "name"), unescape(textarea.group(2)));
            }
            Matcher select = SELECT.matcher(form.group(2));
            while (select.find()) {
                Matcher option = OPTION.matcher(select.group(2));
                fields.putIfAbsent(attribute(select.group(1), "name"), option.find() ? unescape(option.group(1)) : "");
            }
            fields.remove("_csrf");
            fields.remove("");
            if (!fields.isEmpty()) {
                forms.add(new Form(method.isEmpty() ? "get" : method, action.isEmpty() ? page.path() : action, fields));
            }
        }
        return forms;
    }

    private HttpResponse<String> submit(Browser browser, Page page, Form form, String field, String encodedText) {
        StringBuilder encoded = new StringBuilder();
        form.fields()
                .forEach((name, value) -> encoded.append(encoded.isEmpty() ? "" : "&")
                        .append(encode(name))
                        .append('=')
                        .append(name.equals(field) ? encodedText : encode(value)));
        if (form.method().equals("post")) {
            encoded.append("&_csrf=").append(encode(csrf(page)));
            return browser.postEncoded(form.action(), encoded.toString());
        }
        return browser.get(form.action() + "?" + (encoded.length() > 12_000 ? encoded.substring(0, 12_000) : encoded));
    }

    private static String csrf(Page page) {
        Matcher token = CSRF.matcher(page.html());
        assertThat(token.find()).as("CSRF token on " + page.path()).isTrue();
        return token.group(1);
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? unescape(m.group(1)) : "";
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    // ---- plumbing

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
            current = doc.at(current.path("$ref").asString().substring(1));
        }
        return current;
    }

    /** The schema with its $ref resolved and, for allOf/oneOf/anyOf, the first alternative or the parts merged. */
    private JsonNode merged(JsonNode schema) {
        JsonNode s = resolve(schema);
        if (s.has("allOf")) {
            ObjectNode all = NODES.objectNode();
            for (JsonNode part : s.path("allOf")) {
                JsonNode resolved = merged(part);
                resolved.properties().forEach(e -> {
                    if (e.getKey().equals("properties") && all.has("properties")) {
                        ((ObjectNode) all.get("properties")).setAll((ObjectNode) e.getValue());
                    } else {
                        all.set(e.getKey(), e.getValue());
                    }
                });
            }
            return all;
        }
        for (String alternatives : List.of("oneOf", "anyOf")) {
            if (s.has(alternatives)) {
                return merged(s.path(alternatives).get(0));
            }
        }
        return s;
    }

    private static String type(JsonNode schema) {
        if (schema.has("type")) {
            return schema.path("type").asString();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(
                    request.method() + " " + request.uri().getPath(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String describe(String value) {
        if (value.length() > 40) {
            return "(" + value.length() + " characters)";
        }
        return value.replace("\u0000", "\\u0000");
    }
}
