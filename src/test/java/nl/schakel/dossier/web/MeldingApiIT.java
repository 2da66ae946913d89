package nl.schakel.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.ApiTestClient;
import nl.schakel.TestActors;
import nl.schakel.WebIT;
import nl.schakel.WebITSupport;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.keten.KetenManagement;
import nl.schakel.shared.Relatie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Step 5 through the dossier API (issue 9): the regions a dossier may send to, the melding, an aanvulling, and the
 * melding's state in the dossier; the same rules, Dutch problems and access-log rows as the pages; another tenant's
 * dossier is not found; the OpenAPI document describes the new resources.
 */
@WebIT
class MeldingApiIT extends WebITSupport {

    private static final String SCHOOL = "school-demo";
    private static final String SAM =
            "{\"betrokkenen\":[{\"naam\":\"Sam Api Melding\",\"geboortedatum\":\"2017-05-04\","
                    + "\"relatie\":\"KIND\"}]}";

    @Autowired
    DossierManagement dossiers;

    @Autowired
    KetenManagement keten;

    private ApiTestClient api;
    private String school;

    @BeforeEach
    void client() {
        api = new ApiTestClient(port);
        school = api.token(SCHOOL, SCHOOL + "-secret");
    }

    private String open() {
        HttpResponse<String> created = api.post("/api/v1/dossiers", SAM, school, "Namens", "leerkracht");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiTestClient.json(created).get("id").asText();
    }

    private HttpResponse<String> post(String path, String body) {
        return api.post(path, body, school, "Namens", "leerkracht");
    }

    private String noord() {
        return keten.veiligThuisRegios().stream()
                .filter(r -> r.naam().equals("Veilig Thuis Demo-Noord"))
                .findFirst()
                .orElseThrow()
                .id()
                .value()
                .toString();
    }

    private String melding(String regio, String extra) {
        return "{\"regio\":\"" + regio + "\",\"watBlijfIkDoen\":\"Ik blijf Sam volgen.\","
                + "\"clientGeinformeerd\":false,\"redenNietGeinformeerd\":\"Niet veilig voor Sam.\","
                + "\"contact\":\"0612345678\"" + extra + "}";
    }

    private int logRows(String event, String objectId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE event = ? AND username = ? AND role = 'API_KOPPELING'"
                        + " AND on_behalf_of = 'leerkracht' AND object_id = ?",
                Integer.class,
                event,
                SCHOOL,
                objectId);
    }

    private static void assertProblem(HttpResponse<String> response, String veld, String melding) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain(".fout.");
        JsonNode fouten = ApiTestClient.json(response).get("fouten");
        assertThat(fouten.findValuesAsText("veld")).contains(veld);
        assertThat(fouten.toString()).contains(melding);
    }

    @Test
    void aRecordSystemReadsTheRegionsSendsTheMeldingAndAnAanvullingAndSeesTheirState() {
        String id = open();
        String base = "/api/v1/dossiers/" + id;

        HttpResponse<String> regios = api.get(base + "/veilig-thuis-regios", school, "Namens", "leerkracht");
        assertThat(regios.statusCode()).as(regios.body()).isEqualTo(200);
        assertThat(regios.body()).contains("Veilig Thuis Demo-Noord", "Veilig Thuis Demo-Zuid", noord());

        // an aanvulling before any melding is refused in Dutch
        assertProblem(post(base + "/aanvullingen", "{\"tekst\":\"Iets.\"}"), "", "Er is nog geen melding verstuurd.");

        HttpResponse<String> sent = post(base + "/meldingen", melding(noord(), ""));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String vastlegging = ApiTestClient.json(sent).get("id").asText();
        assertThat(sent.headers().firstValue("Location")).contains(base + "/vastleggingen/" + vastlegging);
        assertThat(logRows("dossier.melding.send", id)).isEqualTo(1);
        assertThat(logRows("dossier.melding.read", id))
                .as("reading the regions is a read of the melding, as the page")
                .isEqualTo(1);
        // shielded by the one rule: the client was not told, and no choice was made
        assertThat(jdbc.queryForObject(
                        "SELECT (payload->>'anoniemNaarGezin')::boolean FROM keten.melding"
                                + " WHERE payload->'betrokkenen'->0->>'naam' = 'Sam Api Melding'"
                                + " ORDER BY seq DESC LIMIT 1",
                        Boolean.class))
                .isTrue();

        // a second melding is never silent
        assertProblem(post(base + "/meldingen", melding(noord(), "")), "nogmaals", "Stuur een aanvulling");

        assertProblem(post(base + "/aanvullingen", "{\"tekst\":\"  \"}"), "tekst", "Schrijf op wat u toevoegt");
        HttpResponse<String> aanvulling = post(base + "/aanvullingen", "{\"tekst\":\"Sam vertelde vandaag meer.\"}");
        assertThat(aanvulling.statusCode()).as(aanvulling.body()).isEqualTo(201);
        assertThat(logRows("dossier.aanvulling.send", id)).isEqualTo(1);

        await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonNode d = ApiTestClient.json(api.get(base, school, "Namens", "leerkracht"));
            return d.get("meldingen").get(0).get("veiligThuisStatus").isObject();
        });
        JsonNode dossier = ApiTestClient.json(api.get(base, school, "Namens", "leerkracht"));
        JsonNode stand = dossier.get("meldingen").get(0);
        assertThat(dossier.get("meldingen")).hasSize(1);
        assertThat(stand.get("vastlegging").asText()).isEqualTo(vastlegging);
        assertThat(stand.get("aan").get("naam").asText()).isEqualTo("Veilig Thuis Demo-Noord");
        assertThat(stand.get("verzondenOp").asText()).isNotBlank();
        assertThat(stand.get("veiligThuisStatus").get("status").asText()).isEqualTo("ONTVANGEN");
        assertThat(stand.get("aanvullingen")).hasSize(1);
        assertThat(stand.get("aanvullingen").get(0).get("vastlegging").asText())
                .isEqualTo(ApiTestClient.json(aanvulling).get("id").asText());
    }

    @Test
    void badInputIsADutchProblemAndLeavesNoTrace() {
        String id = open();
        String base = "/api/v1/dossiers/" + id;
        assertProblem(post(base + "/meldingen", melding(UUID.randomUUID().toString(), "")), "regio", "Kies de Veilig");
        assertProblem(
                post(base + "/meldingen", "{\"regio\":\"" + noord() + "\",\"contact\":\"06\"}"),
                "watBlijfIkDoen",
                "Schrijf op wat u zelf blijft doen.");
        assertProblem(
                post(base + "/meldingen", melding(noord(), ",\"anoniemNaarGezin\":\"misschien\"")),
                "anoniemNaarGezin",
                "");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM dossier.journal_entry WHERE dossier_id = ?::uuid", Integer.class, id))
                .isZero();
    }

    @Test
    void anotherTenantsDossierIsNotFound() {
        UUID vanHuisarts = dossiers.open(
                TestActors.actor(jdbc, "huisarts"),
                List.of(new NewBetrokkene("Huisarts Patiënt", LocalDate.of(1980, 1, 1), "", Relatie.CLIENT)));
        String base = "/api/v1/dossiers/" + vanHuisarts;
        for (HttpResponse<String> response : List.of(
                api.get(base + "/veilig-thuis-regios", school, "Namens", "leerkracht"),
                post(base + "/meldingen", melding(noord(), "")),
                post(base + "/aanvullingen", "{\"tekst\":\"Iets.\"}"))) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
            assertThat(response.body()).doesNotContain("Huisarts Patiënt");
        }
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM dossier.journal_entry WHERE dossier_id = ?", Integer.class, vanHuisarts))
                .isZero();
    }

    @Test
    void theOpenApiDocumentDescribesTheMeldingResources() {
        JsonNode doc = ApiTestClient.json(api.get("/api/v1/openapi.json", null));
        JsonNode paths = doc.get("paths");
        assertThat(paths.has("/dossiers/{id}/veilig-thuis-regios")).isTrue();
        assertThat(paths.has("/dossiers/{id}/meldingen")).isTrue();
        assertThat(paths.has("/dossiers/{id}/aanvullingen")).isTrue();
        assertThat(paths.get("/dossiers/{id}/meldingen")
                        .get("post")
                        .get("parameters")
                        .toString())
                .contains("Namens");
        JsonNode schemas = doc.get("components").get("schemas");
        assertThat(schemas.get("NieuweMelding").get("required").toString())
                .contains("regio", "watBlijfIkDoen", "clientGeinformeerd", "contact")
                .doesNotContain("anoniemNaarGezin");
        assertThat(schemas.get("NieuweAanvulling").get("required").toString()).contains("tekst");
        assertThat(schemas.get("MeldingStand").get("properties").has("aanvullingen"))
                .isTrue();
        String dossierRef = paths.get("/dossiers/{id}")
                .get("get")
                .get("responses")
                .get("200")
                .get("content")
                .elements()
                .next()
                .get("schema")
                .get("$ref")
                .asText();
        assertThat(schemas.get(dossierRef.substring(dossierRef.lastIndexOf('/') + 1))
                        .get("properties")
                        .has("meldingen"))
                .isTrue();
    }
}
