package nl.schakel.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Brings the generated OpenAPI document in line with the NL API Design Rules (ADR-0020), for every operation at once,
 * so a new operation follows them without a change here: paths relative to the server URL with the major version
 * (/core/uri-version), the document itself as {@code GET /openapi.json} readable from any origin
 * (/core/publish-openapi), the {@code API-Version} header on every success (/core/version-header), every error as
 * {@code application/problem+json} with status, title and detail, and a 400 on every operation that takes input.
 * {@code ApiDesignRulesIT} checks the result with the rules of the official ruleset.
 */
@Configuration(proxyBeanMethods = false)
class ApiDesignRules {

    static final String VERSION_HEADER = "API-Version";
    static final String PROBLEM = "Problem";
    private static final String DOCUMENT_TAG = "openapi";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String HEADER_REF = "#/components/headers/" + VERSION_HEADER;

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    OpenApiCustomizer designRules() {
        return openApi -> {
            Components components = components(openApi);
            components.addHeaders(VERSION_HEADER, versionHeader());
            components.addSchemas("Fout", fout());
            components.addSchemas(PROBLEM, problem());
            Paths relative = new Paths();
            relative.addPathItem("/openapi.json", document());
            if (openApi.getPaths() != null) {
                openApi.getPaths().forEach((path, item) -> {
                    item.readOperationsMap().forEach((method, operation) -> follow(method, operation));
                    relative.addPathItem(relativePath(path), item);
                });
            }
            openApi.setPaths(relative);
            if (openApi.getTags() == null
                    || openApi.getTags().stream().noneMatch(t -> DOCUMENT_TAG.equals(t.getName()))) {
                openApi.addTagsItem(new Tag().name(DOCUMENT_TAG).description("Het OpenAPI-document zelf"));
            }
            dropUnusedSchemas(openApi);
        };
    }

    /** A schema nothing refers to (a type inside another one, written inline) only confuses a reader or a generator. */
    private static void dropUnusedSchemas(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        boolean removed = true;
        while (removed) {
            String document = io.swagger.v3.core.util.Json.pretty(openApi);
            if (document == null) {
                return;
            }
            removed = schemas.keySet().removeIf(name -> !document.contains("\"#/components/schemas/" + name + "\""));
        }
    }

    private static Components components(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        return openApi.getComponents();
    }

    private static String relativePath(String path) {
        return path.startsWith(ApiDocumentation.BASE_PATH + "/")
                ? path.substring(ApiDocumentation.BASE_PATH.length())
                : path;
    }

    private static void follow(PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty())
                || method == PathItem.HttpMethod.POST
                || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH;
        if (takesInput && !responses.containsKey("400")) {
            responses.addApiResponse("400", new ApiResponse().description("Ongeldige invoer (problem+json)"));
        }
        responses.forEach((code, response) -> {
            if (code.startsWith("2") || code.startsWith("3")) {
                response.addHeaderObject(VERSION_HEADER, new Header().$ref(HEADER_REF));
            } else if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(problemContent());
            }
        });
        operation.setResponses(responses);
    }

    /** The document describes itself: public, GET only, readable from any origin. */
    private static PathItem document() {
        ApiResponse ok = new ApiResponse()
                .description("Dit OpenAPI-document (JSON)")
                .addHeaderObject(VERSION_HEADER, new Header().$ref(HEADER_REF))
                .addHeaderObject(
                        // lower case, as the ADR ruleset looks it up (header names are case-insensitive)
                        "access-control-allow-origin",
                        new Header()
                                .description("Elke herkomst mag het document lezen (CORS)")
                                .schema(new StringSchema()._enum(List.of("*"))))
                .content(new Content()
                        .addMediaType(
                                org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                                new MediaType().schema(new ObjectSchema())));
        Operation get = new Operation()
                .operationId("openapiDocument")
                .addTagsItem(DOCUMENT_TAG)
                .summary("Dit OpenAPI-document")
                .description("Het OpenAPI-document van deze versie van de API, zonder token op te halen en vanuit"
                        + " elke herkomst te lezen (CORS).")
                .security(List.of())
                .responses(new ApiResponses().addApiResponse("200", ok));
        return new PathItem().get(get);
    }

    private static Header versionHeader() {
        return new Header()
                .description("De volledige versie van de API (semantic versioning)")
                .schema(new StringSchema().example(ApiDocumentation.VERSION));
    }

    private static Content problemContent() {
        return new Content()
                .addMediaType(
                        PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    /** RFC 9457 problem details as {@code ApiErrorAdvice} writes them, with Schakel's {@code fouten}. */
    private static Schema<?> problem() {
        ObjectSchema problem = new ObjectSchema();
        problem.description("Een fout (RFC 9457). Nooit persoonsgegevens of technische details.");
        problem.addProperty("type", new StringSchema().format("uri-reference").example("about:blank"));
        problem.addProperty("title", new StringSchema().description("Korte Nederlandse titel van de fout"));
        problem.addProperty("status", new IntegerSchema().format("int32").description("De HTTP-statuscode"));
        problem.addProperty(
                "detail", new StringSchema().description("Wat er mis is en wat u kunt doen, in het Nederlands"));
        problem.addProperty("instance", new StringSchema().format("uri-reference"));
        problem.addProperty(
                "fouten",
                new ArraySchema()
                        .items(new Schema<>().$ref("#/components/schemas/Fout"))
                        .description("Per ongeldig veld een Nederlandse melding (bij 400)"));
        problem.setRequired(List.of("type", "title", "status", "detail"));
        return problem;
    }

    private static Schema<?> fout() {
        ObjectSchema fout = new ObjectSchema();
        fout.addProperty("veld", new StringSchema().description("Het veld, als JSON-pad (leeg: het hele verzoek)"));
        fout.addProperty("melding", new StringSchema().description("Wat er mis is met het veld, in het Nederlands"));
        fout.setRequired(List.of("veld", "melding"));
        return fout;
    }
}
