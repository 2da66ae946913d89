package nl.schakel.veiligthuis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.schakel.ApiTestClient;
import nl.schakel.TestActors;
import nl.schakel.WebITSupport;
import nl.schakel.identity.ApiClients;
import nl.schakel.shared.Actor;
import nl.schakel.shared.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The services of a melding for the region's record system: the service now with its Dutch name, the services gone
 * through, the besluit, the terms and the veiligheidsvoorwaarden with every version, as contract records; each read
 * logged; another region's client gets 404 and its attempt is logged; and no call of the API changes a voorwaarde in
 * place (rule 40).
 */
class ZaakDienstenApiIT extends WebITSupport {

    private static final String NOORD = "vt-noord-demo";
    private static final String V1 = TestVoorwaarden.V1;
    private static final String V2 = TestVoorwaarden.V2;

    @Autowired
    VeiligThuisManagement veiligThuis;

    @Autowired
    Veiligheidsbeoordeling vb;

    @Autowired
    ZaakAccess access;

    @Autowired
    ApiClients apiClients;

    private ApiTestClient api;
    private String noord;

    @BeforeEach
    void client() {
        api = new ApiTestClient(port);
        noord = api.token(NOORD, NOORD + "-secret");
    }

    private Actor actor(String username) {
        return TestActors.actor(jdbc, username);
    }

    /** A melding with the besluit "voorwaarden en vervolg" approved and one voorwaarde changed by an approved decision. */
    private TestVoorwaarden.Zaak zaakMetVoorwaarde(String kind) {
        Instant nu = Instant.now();
        return new TestVoorwaarden(veiligThuis, vb, access)
                .zaak(
                        actor("vt-noord"),
                        actor("gw-noord"),
                        VeiligThuisIntakeIT.melding(kind, LocalDate.of(2017, 3, 3), "", nu.minusSeconds(7200), nu));
    }

    private int log(UUID zaak, String username, String outcome) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE object_id = ? AND event = 'veiligthuis.diensten.read'"
                        + " AND username = ? AND outcome = ?",
                Integer.class,
                zaak.toString(),
                username,
                outcome);
    }

    @Test
    void theRegionsClientReadsTheServicesTermsAndEveryVersionOfEachVoorwaarde() {
        TestVoorwaarden.Zaak zaak = zaakMetVoorwaarde("Api Dienstkind");

        HttpResponse<String> response = api.get("/api/v1/veilig-thuis/meldingen/" + zaak.id() + "/diensten", noord);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode d = ApiTestClient.json(response);
        assertThat(d.get("id").asText()).isEqualTo(zaak.id().toString());
        assertThat(d.get("status").get("code").asText()).isEqualTo("VOORWAARDEN_EN_VERVOLG");
        assertThat(d.get("status").get("naam").asText()).isEqualTo("Voorwaarden en vervolg");
        assertThat(d.get("diensten").findValuesAsText("code"))
                .containsExactly("VEILIGHEIDSBEOORDELING", "VOORWAARDEN_EN_VERVOLG");
        assertThat(d.get("diensten").get(0).get("dienst").get("naam").asText()).isEqualTo("In veiligheidsbeoordeling");
        assertThat(d.get("diensten").get(1).get("tot").isNull()).isTrue();
        assertThat(d.get("besluit").get("code").asText()).isEqualTo("VOORWAARDEN_EN_VERVOLG");
        assertThat(d.get("besluit").get("naam").asText()).isEqualTo("Voorwaarden en vervolg");
        assertThat(d.get("termijnen").get("veiligheidsbeoordelingUiterlijk").asText())
                .matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(d.get("termijnen").get("veiligheidsbeoordelingAfgerondOp").isNull())
                .isFalse();
        assertThat(d.get("termijnen").get("onderzoekUiterlijk").isNull()).isTrue();
        assertThat(d.get("termijnen").get("volgendMonitoringsmoment").isNull()).isTrue();
        JsonNode voorwaarde = d.get("voorwaarden").get(0);
        assertThat(d.get("voorwaarden")).hasSize(1);
        assertThat(voorwaarde.get("id").asText()).isEqualTo(zaak.voorwaarde().toString());
        assertThat(voorwaarde.get("geldend").get("tekst").asText()).isEqualTo(V2);
        assertThat(voorwaarde.get("versies").findValuesAsText("tekst")).containsExactly(V1, V2);
        assertThat(voorwaarde.get("versies").get(1).get("versie").asInt()).isEqualTo(2);
        assertThat(voorwaarde.get("wijzigingWachtOpGoedkeuring").asBoolean()).isFalse();
        assertThat(response.body()).doesNotContain("Huisarts Testmelder", "Na het huisbezoek.");
        assertThat(log(zaak.id(), NOORD, "GESLAAGD")).isEqualTo(1);
    }

    @Test
    void anotherRegionsClientGetsNotFoundAndItsAttemptIsLogged() {
        TestVoorwaarden.Zaak zaak = zaakMetVoorwaarde("Api Noordkind");
        String client = TestActors.uniqueUsername("vt-zuid-api");
        apiClients.register(
                new TenantId(TestActors.tenantId(jdbc, "Veilig Thuis Demo-Zuid")),
                client,
                client + "-secret",
                "Regiosysteem Zuid (test)");
        String zuid = api.token(client, client + "-secret");

        HttpResponse<String> response = api.get("/api/v1/veilig-thuis/meldingen/" + zaak.id() + "/diensten", zuid);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Api Noordkind", V1);
        assertThat(log(zaak.id(), client, "GEWEIGERD")).isEqualTo(1);
        assertThat(log(zaak.id(), client, "GESLAAGD")).isZero();
        String school = api.token("school-demo", "school-demo-secret");
        assertThat(api.get("/api/v1/veilig-thuis/meldingen/" + zaak.id() + "/diensten", school)
                        .statusCode())
                .isIn(403, 404);
    }

    @Test
    void rule40_noCallOfTheApiChangesAVoorwaardeInPlace() {
        TestVoorwaarden.Zaak zaak = zaakMetVoorwaarde("Api Vastkind");
        String pad = "/api/v1/veilig-thuis/meldingen/" + zaak.id() + "/voorwaarden/" + zaak.voorwaarde();
        int entries = entries(zaak.id());
        String body = "{\"tekst\":\"Vader mag wel drinken.\",\"betreft\":\"Vader\",\"controle\":\"Niemand\"}";

        for (String method : new String[] {"PUT", "PATCH", "DELETE"}) {
            HttpResponse<String> response = send(method, pad, body, noord);
            assertThat(response.statusCode()).as(method).isIn(404, 405);
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(method)
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        }

        assertThat(entries(zaak.id())).isEqualTo(entries);
        JsonNode d = ApiTestClient.json(api.get("/api/v1/veilig-thuis/meldingen/" + zaak.id() + "/diensten", noord));
        assertThat(d.get("voorwaarden").get(0).get("geldend").get("tekst").asText())
                .isEqualTo(V2);
        JsonNode paths =
                ApiTestClient.json(api.get("/api/v1/openapi.json", null)).get("paths");
        paths.fieldNames().forEachRemaining(path -> {
            if (path.contains("voorwaarde")) {
                assertThat(paths.get(path).has("put")
                                || paths.get(path).has("patch")
                                || paths.get(path).has("delete"))
                        .as(path)
                        .isFalse();
            }
        });
    }

    @Test
    void theOperationAndItsContractRecordsAreInTheOpenApiDocument() {
        JsonNode doc = ApiTestClient.json(api.get("/api/v1/openapi.json", null));

        JsonNode get =
                doc.get("paths").get("/veilig-thuis/meldingen/{id}/diensten").get("get");
        assertThat(get.get("description").asText()).contains("veiligheidsvoorwaarden");
        assertThat(get.get("responses").has("404")).isTrue();
        JsonNode schemas = doc.get("components").get("schemas");
        assertThat(schemas.get("VtDiensten").get("required").toString())
                .contains("status", "diensten", "termijnen", "voorwaarden");
        assertThat(schemas.get("VtVoorwaarde").get("required").toString()).contains("geldend", "versies");
        assertThat(schemas.get("VtDienst")
                        .get("properties")
                        .get("code")
                        .get("enum")
                        .toString())
                .contains("VOORWAARDEN_EN_VERVOLG", "MONITORING");
        assertThat(doc.get("tags").findValuesAsText("name")).containsOnlyOnce("veilig-thuis");
    }

    private int entries(UUID zaak) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM veiligthuis.journal_entry WHERE zaak_id = ?", Integer.class, zaak);
    }

    private HttpResponse<String> send(String method, String path, String body, String token) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json")
                                    .method(method, HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theTermsOfAnOnderzoekAndOfMonitoringAreRead() {
        UUID onderzoek = jdbc.queryForObject(
                "SELECT id FROM veiligthuis.zaak WHERE status = 'ONDERZOEK' ORDER BY ontvangen_op LIMIT 1", UUID.class);
        JsonNode o = ApiTestClient.json(api.get("/api/v1/veilig-thuis/meldingen/" + onderzoek + "/diensten", noord));
        assertThat(o.get("termijnen").get("onderzoekUiterlijk").asText())
                .isEqualTo(jdbc.queryForObject(
                                "SELECT onderzoek_uiterlijk FROM veiligthuis.zaak WHERE id = ?",
                                java.time.LocalDate.class,
                                onderzoek)
                        .toString());
        UUID monitoring = jdbc.queryForObject(
                "SELECT id FROM veiligthuis.zaak WHERE status = 'MONITORING' ORDER BY ontvangen_op LIMIT 1",
                UUID.class);
        JsonNode m = ApiTestClient.json(api.get("/api/v1/veilig-thuis/meldingen/" + monitoring + "/diensten", noord));
        java.time.LocalDate sinds = jdbc.queryForObject(
                "SELECT monitoring_sinds FROM veiligthuis.zaak WHERE id = ?", java.time.LocalDate.class, monitoring);
        assertThat(m.get("termijnen").get("monitoringSinds").asText()).isEqualTo(sinds.toString());
        assertThat(java.time.LocalDate.parse(
                        m.get("termijnen").get("volgendMonitoringsmoment").asText()))
                .isIn(sinds.plusMonths(3), sinds.plusMonths(12));
    }
}
