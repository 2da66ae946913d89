package nl.schakel.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.UUID;
import nl.schakel.ApiTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The API end to end over HTTP: tokens by client credentials, tenant scoping of every endpoint, problem+json for
 * every error, and an OpenAPI document that a client generator can use.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganisationApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void issuesATokenOnlyForTheRightSecret() throws Exception {
        assertThat(tokenResponse("school-demo", "school-demo-secret").statusCode())
                .isEqualTo(200);
        assertThat(tokenResponse("school-demo", "wrong-secret").statusCode()).isEqualTo(401);
        assertThat(tokenResponse("nobody", "school-demo-secret").statusCode()).isEqualTo(401);
    }

    @Test
    void aClientSeesItsOwnTenantOnly() throws Exception {
        JsonNode school = json(get("/api/v1/organisatie", token("school-demo", "school-demo-secret")));
        JsonNode noord = json(get("/api/v1/organisatie", token("vt-noord-demo", "vt-noord-demo-secret")));

        assertThat(school.get("naam").asText()).isEqualTo("Basisschool De Schakel");
        assertThat(noord.get("naam").asText()).isEqualTo("Veilig Thuis Demo-Noord");
        assertThat(noord.get("soort").asText()).isEqualTo("VEILIG_THUIS_REGIO");
    }

    @Test
    void anotherTenantsTeamIsNotFoundAndTheProbeIsLogged() throws Exception {
        String name = "API-team " + UUID.randomUUID();
        HttpResponse<String> created =
                post("/api/v1/teams", "{\"naam\":\"" + name + "\"}", token("school-demo", "school-demo-secret"));
        assertThat(created.statusCode()).isEqualTo(201);
        String id = json(created).get("id").asText();
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/teams/" + id);

        HttpResponse<String> probe = get("/api/v1/teams/" + id, token("vt-noord-demo", "vt-noord-demo-secret"));

        assertThat(probe.statusCode()).isEqualTo(404);
        assertThat(probe.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(probe.body()).doesNotContain(name);
        assertThat(json(get("/api/v1/teams", token("vt-noord-demo", "vt-noord-demo-secret")))
                        .toString())
                .doesNotContain(name);
        Integer denials = jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE event = 'organisation.team.read'"
                        + " AND outcome = 'GEWEIGERD' AND object_id = ? AND username = 'vt-noord-demo'",
                Integer.class,
                id);
        assertThat(denials).isEqualTo(1);
        assertThat(get("/api/v1/teams/" + id, token("school-demo", "school-demo-secret"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void badInputIsAProblemWithADutchMessagePerField() throws Exception {
        String token = token("school-demo", "school-demo-secret");
        HttpResponse<String> empty = post("/api/v1/teams", "{\"naam\":\"  \"}", token);
        HttpResponse<String> missing = post("/api/v1/teams", "{}", token);
        HttpResponse<String> malformed = post("/api/v1/teams", "{naam", token);
        HttpResponse<String> badId = get("/api/v1/teams/not-a-uuid", token);

        for (HttpResponse<String> response : java.util.List.of(empty, missing, malformed, badId)) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at nl.schakel");
        }
        assertThat(json(empty).get("fouten").get(0).get("veld").asText()).isEqualTo("naam");
        assertThat(json(empty).get("fouten").get(0).get("melding").asText()).contains("naam");
    }

    @Test
    void withoutAValidTokenTheApiAnswers401Problem() throws Exception {
        HttpResponse<String> none = get("/api/v1/teams", null);
        HttpResponse<String> forged = get("/api/v1/teams", forgedToken());

        for (HttpResponse<String> response : java.util.List.of(none, forged)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
        }
    }

    @Test
    void openApiDocumentMarksRequiredFieldsFormatsAndEnums() throws Exception {
        HttpResponse<String> response = get("/api/v1/openapi.json", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode schemas = json(response).get("components").get("schemas");

        assertThat(schemas.get("NieuwTeam").get("required").toString()).contains("naam");
        assertThat(schemas.get("Team").get("properties").get("id").get("format").asText())
                .isEqualTo("uuid");
        assertThat(schemas.get("Organisatie")
                        .get("properties")
                        .get("soort")
                        .get("enum")
                        .toString())
                .contains("ORGANISATIE", "VEILIG_THUIS_REGIO");
        assertThat(json(response)
                        .get("components")
                        .get("securitySchemes")
                        .get("koppeling")
                        .get("flows")
                        .get("clientCredentials")
                        .get("tokenUrl")
                        .asText())
                .isEqualTo("/oauth2/token");
    }

    private String token(String client, String secret) {
        return api().token(client, secret);
    }

    private HttpResponse<String> tokenResponse(String client, String secret) {
        return api().tokenResponse(client, secret);
    }

    private HttpResponse<String> get(String path, String token) {
        return api().get(path, token);
    }

    private HttpResponse<String> post(String path, String body, String token) {
        return api().post(path, body, token);
    }

    private ApiTestClient api() {
        return new ApiTestClient(port);
    }

    /** A token signed with a key of its own, naming the school's tenant: must be refused. */
    private static String forgedToken() throws Exception {
        var key = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048)
                .keyID("forged")
                .generate();
        var claims = new com.nimbusds.jwt.JWTClaimsSet.Builder()
                .subject("school-demo")
                .claim("schakel_tenant", UUID.randomUUID().toString())
                .expirationTime(new java.util.Date(System.currentTimeMillis() + 60_000))
                .build();
        var jwt = new com.nimbusds.jwt.SignedJWT(
                new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.RS256)
                        .keyID("forged")
                        .build(),
                claims);
        jwt.sign(new com.nimbusds.jose.crypto.RSASSASigner(key));
        return jwt.serialize();
    }

    private static JsonNode json(HttpResponse<String> response) {
        return ApiTestClient.json(response);
    }
}
