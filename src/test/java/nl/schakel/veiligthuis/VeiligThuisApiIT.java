package nl.schakel.veiligthuis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.schakel.ApiTestClient;
import nl.schakel.TestActors;
import nl.schakel.TestBsn;
import nl.schakel.TotpCodes;
import nl.schakel.WebIT;
import nl.schakel.WebITSupport;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.identity.NewAccount;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantKind;
import nl.schakel.shared.kalender.Werkdagkalender;
import nl.schakel.veiligthuis.domain.Intake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The meldingen API for a region's record system: a melding registered with its time of receipt gets the VB deadline
 * of rule 33; bad input is a 400 problem with Dutch messages per field; another region's melding is a 404 and an
 * organisation's client is refused; the paths and schemas are in the OpenAPI document.
 */
@WebIT
class VeiligThuisApiIT extends WebITSupport {

    private static final String NOORD = "vt-noord-demo";

    @Autowired
    VeiligThuisManagement veiligThuis;

    @Autowired
    IdentityManagement identity;

    @Autowired
    Werkdagkalender kalender;

    private ApiTestClient api;
    private String noord;

    @BeforeEach
    void client() {
        api = new ApiTestClient(port);
        noord = api.token(NOORD, NOORD + "-secret");
    }

    private static String body(String ontvangenOp, String directbetrokkenen) {
        return "{\"ontvangenOp\":\"" + ontvangenOp + "\",\"acuut\":false,\"beller\":\"BEROEPSKRACHT\","
                + "\"melder\":{\"naam\":\"Api Melder\",\"organisatie\":\"Wijkteam Test\",\"contact\":\"0201112233\","
                + "\"afgeschermd\":true},\"categorie\":\"JEUGDZORG\",\"directbetrokkenen\":" + directbetrokkenen
                + ",\"vormen\":[\"verwaarlozing\"],\"omschrijving\":\"Het kind komt zonder eten en jas naar school.\"}";
    }

    private static String persoon(String bsn) {
        return "[{\"naam\":\"Api Kind\",\"geboortedatum\":\"2016-02-03\",\"geslacht\":\"MAN\",\"bsn\":\"" + bsn
                + "\",\"rol\":\"SLACHTOFFER\"}]";
    }

    private static String veld(HttpResponse<String> response) {
        return ApiTestClient.json(response).get("fouten").toString();
    }

    @Test
    void aMeldingRegisteredByTheRegionsClientGetsItsDeadline() {
        OffsetDateTime ontvangen =
                OffsetDateTime.now(ZoneOffset.ofHours(1)).minusHours(3).withNano(0);
        HttpResponse<String> created =
                api.post("/api/v1/veilig-thuis/meldingen", body(ontvangen.toString(), persoon("234567004")), noord);

        assertThat(created.statusCode()).isEqualTo(201);
        String id = ApiTestClient.json(created).get("id").asText();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/veilig-thuis/meldingen/" + id);

        JsonNode melding = ApiTestClient.json(api.get("/api/v1/veilig-thuis/meldingen/" + id, noord));
        LocalDate dag = LocalDate.ofInstant(ontvangen.toInstant(), Intake.NL);
        assertThat(melding.get("id").asText()).isEqualTo(id);
        assertThat(Instant.parse(melding.get("ontvangenOp").asText())).isEqualTo(ontvangen.toInstant());
        assertThat(melding.get("acuut").asBoolean()).isFalse();
        assertThat(melding.get("veiligheidsbeoordelingUiterlijk").asText())
                .isEqualTo(kalender.werkdagenNa(dag, 5).toString());
        assertThat(melding.get("status").asText()).isEqualTo("VEILIGHEIDSBEOORDELING");
        assertThat(melding.get("classificatie").asText()).isEqualTo("NIEUW");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE event = 'veiligthuis.intake' AND object_id = ?"
                                + " AND username = ?",
                        Integer.class,
                        id,
                        NOORD))
                .isEqualTo(1);
        // registered in the national VT-register in the same transaction (issue 11)
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM veiligthuis.register_registratie WHERE zaak_id = ?::uuid",
                        Integer.class,
                        id))
                .isOne();
    }

    /**
     * Issue 9: 2 January 2026 is equated with a holiday by decree (migration V4_3), so a melding received on 24 December
     * 2025 is due on 6 January 2026, not on 5 January.
     */
    @Test
    void aMeldingReceivedOn24December2025IsDueOn6January2026() {
        HttpResponse<String> created = api.post(
                "/api/v1/veilig-thuis/meldingen",
                body("2025-12-24T10:00:00+01:00", persoon(TestBsn.generated(new java.util.Random(20251224)))),
                noord);

        assertThat(created.statusCode()).isEqualTo(201);
        String id = ApiTestClient.json(created).get("id").asText();
        JsonNode melding = ApiTestClient.json(api.get("/api/v1/veilig-thuis/meldingen/" + id, noord));
        assertThat(melding.get("veiligheidsbeoordelingUiterlijk").asText()).isEqualTo("2026-01-06");
    }

    @Test
    void aFutureDateAMissingDirectbetrokkeneAndAnInvalidBsnAre400ProblemsInDutch() {
        String nu = OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString();
        HttpResponse<String> toekomst = api.post(
                "/api/v1/veilig-thuis/meldingen",
                body(OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString(), persoon("")),
                noord);
        assertThat(toekomst.statusCode()).isEqualTo(400);
        assertThat(toekomst.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(veld(toekomst)).contains("\"veld\":\"ontvangenOp\"").contains("toekomst");

        HttpResponse<String> geenBetrokkene = api.post("/api/v1/veilig-thuis/meldingen", body(nu, "[]"), noord);
        assertThat(geenBetrokkene.statusCode()).isEqualTo(400);
        assertThat(veld(geenBetrokkene)).contains("\"veld\":\"directbetrokkenen\"");

        HttpResponse<String> bsn = api.post("/api/v1/veilig-thuis/meldingen", body(nu, persoon("123456789")), noord);
        assertThat(bsn.statusCode()).isEqualTo(400);
        assertThat(veld(bsn)).contains("\"veld\":\"directbetrokkenen[0].bsn\"");
    }

    @Test
    void anotherRegionsMeldingIsNotFoundAndAnOrganisationsClientIsRefused() {
        TenantId zuid = new TenantId(TestActors.tenantId(jdbc, "Veilig Thuis Demo-Zuid"));
        String username = TestActors.uniqueUsername("vt-zuid");
        identity.createSystemAccount(
                new NewAccount(
                        username,
                        "Test Zuid",
                        TotpCodes.DEMO_PASSWORD,
                        zuid,
                        TenantKind.VEILIG_THUIS_REGIO,
                        null,
                        Role.VT_MEDEWERKER,
                        null),
                TotpCodes.DEMO_SECRET);
        Instant now = Instant.now();
        UUID zaak = veiligThuis.registreer(
                TestActors.actor(jdbc, username),
                VeiligThuisIntakeIT.melding("Zuid Kind", LocalDate.of(2014, 4, 4), "", now.minusSeconds(600), now));

        HttpResponse<String> andereRegio = api.get("/api/v1/veilig-thuis/meldingen/" + zaak, noord);
        assertThat(andereRegio.statusCode()).isEqualTo(404);
        assertThat(andereRegio.body()).doesNotContain("Zuid Kind");

        String school = api.token("school-demo", "school-demo-secret");
        String nu =
                OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).withNano(0).toString();
        assertThat(api.post("/api/v1/veilig-thuis/meldingen", body(nu, persoon("")), school)
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/veilig-thuis/meldingen/" + zaak, school).statusCode())
                .isIn(403, 404);
    }

    @Test
    void thePathsAndSchemasAreInTheOpenApiDocument() {
        JsonNode doc = ApiTestClient.json(api.get("/api/v1/openapi.json", null));

        assertThat(doc.get("paths").has("/veilig-thuis/meldingen")).isTrue();
        assertThat(doc.get("paths").has("/veilig-thuis/meldingen/{id}")).isTrue();
        JsonNode schemas = doc.get("components").get("schemas");
        assertThat(schemas.get("NieuweVtMelding").get("required").toString())
                .contains("ontvangenOp", "directbetrokkenen", "melder", "omschrijving");
        assertThat(schemas.get("NieuweVtMelding")
                        .get("properties")
                        .get("beller")
                        .get("enum")
                        .toString())
                .contains("BEROEPSKRACHT", "PARTICULIER");
        assertThat(schemas.get("VtMelding").get("required").toString())
                .contains("id", "ontvangenOp", "acuut", "status");
        assertThat(schemas.get("NieuweDirectbetrokkene")
                        .get("properties")
                        .get("rol")
                        .get("enum")
                        .toString())
                .contains("SLACHTOFFER");
    }

    @Test
    void rule43_withoutAChoiceTheMelderIsShieldedByTheOneRule() {
        String ontvangen =
                OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).withNano(0).toString();
        // children of their own, so that no other test's melding is classified against them
        String verteld = body(ontvangen, persoon("").replace("Api Kind", "Api Verteld"))
                .replace("\"afgeschermd\":true", "\"clientGeinformeerd\":true");
        String onbekend =
                body(ontvangen, persoon("").replace("Api Kind", "Api Onbekend")).replace(",\"afgeschermd\":true", "");
        for (var geval : java.util.Map.of(verteld, false, onbekend, true).entrySet()) {
            HttpResponse<String> created = api.post("/api/v1/veilig-thuis/meldingen", geval.getKey(), noord);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String id = ApiTestClient.json(created).get("id").asText();
            assertThat(jdbc.queryForObject(
                            "SELECT afgeschermd FROM veiligthuis.melder WHERE zaak_id = ?::uuid", Boolean.class, id))
                    .as("client told: %s", geval.getValue() ? "unknown" : "yes")
                    .isEqualTo(geval.getValue());
        }
    }
}
