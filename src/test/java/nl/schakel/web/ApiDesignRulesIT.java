package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.schakel.ApiTestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document against the NL API Design Rules (ADR-0020): each test is one rule of the official Spectral
 * rulesets of the API Design Rules 2.1 and 2.2 (developer.overheid.nl, {@code adr-21}/{@code adr-22}, named as there),
 * plus the OpenAPI rules those rulesets make errors ({@code oas3-schema}: the document against the official OpenAPI
 * 3.0 JSON schema, 2021-09-28) and the ones the issue named (descriptions, scopes). A few tests check on live
 * responses what the document promises (the version header, CORS on the document, the base URL).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDesignRulesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SEMVER = Pattern.compile("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
            + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$");
    private static final Pattern KEBAB = Pattern.compile(
            "^(\\/|(\\/_[a-z0-9]+|\\/(([a-z0-9\\-]+|\\{[^}]+})(\\/([a-z0-9\\-\\.]+|\\{[^}]+}))*)(\\/_[a-z]+)?)\\/?)$");
    private static final Pattern DATE_NAME = Pattern.compile("((\\w+D)|(_[dD]))((ate)|(atum))");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final List<String> VERSION_HEADERS =
            List.of("API-Version", "Api-Version", "Api-version", "api-version", "API-version");

    @LocalServerPort
    int port;

    private ApiTestClient api;
    private JsonNode doc;

    @BeforeEach
    void document() {
        api = new ApiTestClient(port);
        HttpResponse<String> response = api.get(ApiDocumentation.DOCUMENT, null);
        assertThat(response.statusCode()).isEqualTo(200);
        doc = JSON.readTree(response.body());
        try {
            // for a look with other tools, e.g. the Spectral ADR ruleset
            Files.writeString(Path.of("target", "openapi.json"), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("openapi3: OpenAPI 3.0 (ADR 2.1)")
    void openapi3() {
        assertThat(doc.path("openapi").asString()).matches("^3.0.*$");
    }

    @Test
    @DisplayName("oas3-schema: the document is valid against the official OpenAPI 3.0 JSON schema")
    void oas3Schema() throws IOException {
        Schema schema;
        try (InputStream in = getClass().getResourceAsStream("/openapi/oas-3.0-schema-2021-09-28.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(in);
        }
        assertThat(schema.validate(JSON.readTree("{\"openapi\":\"3.0.3\",\"paths\":{}}")))
                .as("the validator finds a missing info")
                .isNotEmpty();
        List<Error> errors = schema.validate(doc);
        assertThat(errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()))
                .isEmpty();
    }

    @Test
    @DisplayName("nlgov:openapi-root-exists")
    void openapiRootExists() {
        assertThat(doc.path("openapi").asString()).isNotBlank();
    }

    @Test
    @DisplayName("nlgov:missing-header and nlgov:missing-version-header: every 2xx and 3xx response has API-Version")
    void missingVersionHeader() {
        List<String> missing = new ArrayList<>();
        responses((where, response) -> {
            if (where.matches(".*/[23]\\d\\d$")
                    && VERSION_HEADERS.stream()
                            .noneMatch(name -> response.path("headers").has(name))) {
                missing.add(where);
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    @DisplayName("nlgov:include-major-version-in-uri and oas3-api-servers: the server URL has the major version")
    void includeMajorVersionInUri() {
        assertThat(doc.path("servers").isArray() && !doc.path("servers").isEmpty())
                .isTrue();
        for (JsonNode server : doc.path("servers")) {
            assertThat(server.path("url").asString()).containsPattern("\\/v[\\d+]");
        }
    }

    @Test
    @DisplayName("/core/uri-version: the base path is the server URL; paths below it answer")
    void theServerUrlIsTheBasePath() {
        String server = doc.path("servers").get(0).path("url").asString();
        assertThat(server).isEqualTo("http://localhost:" + port + ApiDocumentation.BASE_PATH);
        assertThat(doc.path("paths").propertyNames()).noneMatch(path -> path.startsWith("/api/"));
        String token = api.token("school-demo", "school-demo-secret");
        String path = ApiDocumentation.BASE_PATH + "/afwegingskaders";
        assertThat(doc.path("paths").has("/afwegingskaders")).isTrue();
        assertThat(api.get(path, token).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("nlgov:paths-no-trailing-slash")
    void pathsNoTrailingSlash() {
        assertThat(doc.path("paths").propertyNames()).noneMatch(path -> path.matches(".+\\/$"));
    }

    @Test
    @DisplayName("paths-open-api-json-resource-exists, -has-get, -specify-cors-header (ADR 2.1)")
    void openApiJsonResource() {
        JsonNode document = doc.path("paths").path("/openapi.json");
        assertThat(document.isObject()).as("/openapi.json is a path").isTrue();
        assertThat(document.propertyNames()).allMatch(key -> key.matches(".*get.*"));
        JsonNode ok = document.path("get").path("responses").path("200");
        assertThat(ok.path("headers").has("access-control-allow-origin")).isTrue();
        assertThat(document.path("get").path("security").isArray()
                        && document.path("get").path("security").isEmpty())
                .as("the document needs no token")
                .isTrue();
    }

    @Test
    @DisplayName("/core/publish-openapi: the document is public and readable from any origin, GET only")
    void theDocumentIsReadableFromAnyOrigin() {
        HttpResponse<String> document = api.get(ApiDocumentation.DOCUMENT, null, "Origin", "https://elders.example");
        assertThat(document.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(document.headers().firstValue("Access-Control-Allow-Credentials"))
                .isEmpty();
        assertThat(api.get(ApiDocumentation.DOCUMENT, null).headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue("*");
        String token = api.token("school-demo", "school-demo-secret");
        HttpResponse<String> other =
                api.get(ApiDocumentation.BASE_PATH + "/organisatie", token, "Origin", "https://elders.example");
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin"))
                .as("the rest of the API is not opened to other origins")
                .isEmpty();
        HttpResponse<String> post = api.post(ApiDocumentation.DOCUMENT, "{}", null, "Origin", "https://elders.example");
        assertThat(post.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    @DisplayName("/core/version-header: every API response, errors included, carries API-Version with the semver")
    void everyResponseCarriesTheVersion() {
        String token = api.token("school-demo", "school-demo-secret");
        String version = doc.path("info").path("version").asString();
        List<HttpResponse<String>> responses = List.of(
                api.get(ApiDocumentation.BASE_PATH + "/organisatie", token),
                api.get(ApiDocumentation.BASE_PATH + "/organisatie", null),
                api.get(ApiDocumentation.BASE_PATH + "/teams/geen-uuid", token),
                api.get(ApiDocumentation.BASE_PATH + "/bestaat-niet", token),
                api.get(ApiDocumentation.DOCUMENT, null));
        for (HttpResponse<String> response : responses) {
            assertThat(response.headers().firstValue("API-Version"))
                    .as(response.uri() + " " + response.statusCode())
                    .hasValue(version);
        }
        assertThat(version).matches(SEMVER);
        assertThat(version).startsWith(ApiDocumentation.BASE_PATH.substring("/api/v".length()) + ".");
    }

    @Test
    @DisplayName("info-contact and nlgov:info-contact-fields-exist")
    void infoContact() {
        JsonNode contact = doc.path("info").path("contact");
        for (String field : List.of("email", "name", "url")) {
            assertThat(contact.path(field).asString()).as(field).isNotBlank();
        }
    }

    @Test
    @DisplayName("nlgov:http-methods: only GET, POST, PUT, PATCH and DELETE")
    void httpMethods() {
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            assertThat(path.getValue().propertyNames())
                    .as(path.getKey())
                    .allMatch(key -> METHODS.contains(key)
                            || Set.of("parameters", "summary", "description").contains(key));
        }
    }

    @Test
    @DisplayName("nlgov:semver and info-version")
    void semver() {
        assertThat(doc.path("info").path("version").asString()).matches(SEMVER);
    }

    @Test
    @DisplayName("nlgov:use-problem-schema: every 4xx and 5xx response is application/problem+json")
    void useProblemSchema() {
        List<String> wrong = new ArrayList<>();
        responses((where, response) -> {
            if (where.matches(".*/[45]\\d\\d$")) {
                JsonNode content = response.path("content");
                if (!content.has("application/problem+json") || content.size() != 1) {
                    wrong.add(where + " " + content.propertyNames());
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    @DisplayName("nlgov:problem-schema-members: status, title and detail")
    void problemSchemaMembers() {
        responses((where, response) -> {
            if (where.matches(".*/[45]\\d\\d$")) {
                JsonNode schema = resolve(response.path("content")
                        .path("application/problem+json")
                        .path("schema"));
                assertThat(schema.path("properties").propertyNames()).as(where).contains("status", "title", "detail");
            }
        });
    }

    @Test
    @DisplayName("nlgov:problem-invalid-input: every operation that takes input documents a 400")
    void problemInvalidInput() {
        operations((where, method, operation) -> {
            boolean input = Set.of("post", "put", "patch").contains(method)
                    || (Set.of("get", "delete").contains(method)
                            && !operation.path("parameters").isEmpty());
            if (input) {
                assertThat(operation.path("responses").has("400")).as(where).isTrue();
            }
        });
    }

    @Test
    @DisplayName("nlgov:paths-kebab-case")
    void pathsKebabCase() {
        assertThat(doc.path("paths").propertyNames())
                .filteredOn(path -> !path.matches("/openapi\\.(json|yaml)"))
                .allMatch(path -> KEBAB.matcher(path).matches());
    }

    @Test
    @DisplayName("nlgov:query-keys-camel-case")
    void queryKeysCamelCase() {
        operations((where, method, operation) -> {
            for (JsonNode parameter : operation.path("parameters")) {
                JsonNode resolved = resolve(parameter);
                if ("query".equals(resolved.path("in").asString())) {
                    assertThat(resolved.path("name").asString())
                            .as(where)
                            .matches("^\\$?[a-z][a-z\\d]*([A-Z][a-z\\d]*)*$");
                }
            }
        });
    }

    @Test
    @DisplayName("nlgov:date-time-ensure-timezone, nlgov:time-without-timezone, nlgov:specify-format-for-date-and-time,"
            + " nlgov:use-date-instead-of-datetime")
    void datesAndTimes() {
        walk(doc, "#", (where, node) -> {
            JsonNode properties = node.path("properties");
            if (!properties.isObject()) {
                return;
            }
            for (Map.Entry<String, JsonNode> property : properties.properties()) {
                String name = property.getKey();
                JsonNode schema = property.getValue();
                String format = schema.path("format").asString("");
                assertThat(format).as(where + "." + name).isNotEqualTo("date-time-local");
                assertThat(format).as(where + "." + name).isNotEqualTo("time");
                Matcher dateName = DATE_NAME.matcher(name);
                if (name.equals("date") || name.equals("datum") || dateName.find()) {
                    boolean formatted = schema.has("format")
                            || schema.has("$ref")
                            || (schema.has("allOf") && allHaveFormat(schema.path("allOf")));
                    assertThat(formatted)
                            .as(where + "." + name + " has a format")
                            .isTrue();
                    assertThat(format).as(where + "." + name).isNotEqualTo("date-time");
                }
            }
        });
    }

    @Test
    @DisplayName("operation-description: every operation says what it does")
    void operationDescription() {
        List<String> without = new ArrayList<>();
        operations((where, method, operation) -> {
            if (operation.path("description").asString("").isBlank()) {
                without.add(where);
            }
        });
        assertThat(without).isEmpty();
    }

    @Test
    @DisplayName("operation-operationId and operation-operationId-unique")
    void operationIds() {
        Set<String> seen = new HashSet<>();
        operations((where, method, operation) -> {
            String id = operation.path("operationId").asString("");
            assertThat(id).as(where).isNotBlank();
            assertThat(seen.add(id)).as(where + " " + id + " is unique").isTrue();
        });
    }

    @Test
    @DisplayName("path-params: every {name} in a path is a required path parameter, and no other")
    void pathParams() {
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            Set<String> inPath = new HashSet<>();
            Matcher names = Pattern.compile("\\{([^}]+)}").matcher(path.getKey());
            while (names.find()) {
                inPath.add(names.group(1));
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                Set<String> declared = new HashSet<>();
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    JsonNode resolved = resolve(parameter);
                    if ("path".equals(resolved.path("in").asString())) {
                        assertThat(resolved.path("required").asBoolean()).isTrue();
                        declared.add(resolved.path("name").asString());
                    }
                }
                assertThat(declared).as(path.getKey()).isEqualTo(inPath);
            }
        }
    }

    @Test
    @DisplayName("openapi-tags-uniqueness and operation-tag-defined")
    void tags() {
        Set<String> defined = new HashSet<>();
        for (JsonNode tag : doc.path("tags")) {
            assertThat(defined.add(tag.path("name").asString())).isTrue();
        }
        operations((where, method, operation) -> {
            for (JsonNode tag : operation.path("tags")) {
                assertThat(defined).as(where).contains(tag.asString());
            }
        });
    }

    @Test
    @DisplayName("info-description, info-license and license-url")
    void info() {
        assertThat(doc.path("info").path("description").asString()).isNotBlank();
        assertThat(doc.path("info").path("license").path("name").asString()).isEqualTo("EUPL-1.2");
        assertThat(doc.path("info").path("license").path("url").asString()).startsWith("https://");
    }

    @Test
    @DisplayName("oauth2 client credentials name their scopes (an empty map: Schakel has none)")
    void clientCredentialsHaveScopes() {
        for (JsonNode scheme : doc.path("components").path("securitySchemes")) {
            for (JsonNode flow : scheme.path("flows")) {
                assertThat(flow.has("scopes")).isTrue();
                assertThat(flow.path("scopes").isObject()).isTrue();
            }
        }
    }

    @Test
    @DisplayName("oas3-unused-component: every schema is used")
    void oas3UnusedComponent() {
        String text = doc.toString();
        assertThat(doc.path("components").path("schemas").propertyNames())
                .allMatch(name -> text.contains("\"#/components/schemas/" + name + "\""));
    }

    @Test
    @DisplayName("every $ref resolves within the document")
    void refsResolve() {
        walk(doc, "#", (where, node) -> {
            if (node.has("$ref")) {
                assertThat(resolve(node).isMissingNode()).as(where).isFalse();
            }
        });
    }

    private boolean allHaveFormat(JsonNode allOf) {
        for (JsonNode part : allOf) {
            if (!part.has("format")) {
                return false;
            }
        }
        return true;
    }

    /** Every response object of the document, with its JSON pointer (ending in its status code). */
    private void responses(BiConsumer<String, JsonNode> visitor) {
        walk(doc, "#", (where, node) -> {
            if (where.endsWith("/responses") && node.isObject()) {
                for (Map.Entry<String, JsonNode> response : node.properties()) {
                    visitor.accept(where + "/" + response.getKey(), resolve(response.getValue()));
                }
            }
        });
    }

    private interface OperationVisitor {
        void visit(String where, String method, JsonNode operation);
    }

    private void operations(OperationVisitor visitor) {
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey())) {
                    visitor.visit(
                            operation.getKey().toUpperCase() + " " + path.getKey(),
                            operation.getKey(),
                            operation.getValue());
                }
            }
        }
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
            String ref = current.path("$ref").asString();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("external $ref " + ref);
            }
            current = doc.at(ref.substring(1));
        }
        return current;
    }

    private static void walk(JsonNode node, String where, BiConsumer<String, JsonNode> visitor) {
        visitor.accept(where, node);
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> child : node.properties()) {
                walk(
                        child.getValue(),
                        where + "/" + child.getKey().replace("~", "~0").replace("/", "~1"),
                        visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), where + "/" + i, visitor);
            }
        }
    }
}
