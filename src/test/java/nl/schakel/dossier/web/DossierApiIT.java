package nl.schakel.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.schakel.ApiTestClient;
import nl.schakel.TestActors;
import nl.schakel.WebIT;
import nl.schakel.WebITSupport;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.AccessLogQuery;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.shared.Actor;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Contract tests of the dossier API (ADR-0014): a record system acts for a named member of its own tenant and gets
 * exactly that member's access; every call is in the access log with the client and on whose behalf; bad input is a
 * 400 problem with Dutch messages, and a dossier the member may not see is a 404 problem.
 */
@WebIT
class DossierApiIT extends WebITSupport {

    private static final String SCHOOL = "school-demo";
    private static final String NOORD = "vt-noord-demo";
    private static final String SAM = "{\"betrokkenen\":[{\"naam\":\"Sam Voorbeeld\",\"geboortedatum\":\"2017-05-04\","
            + "\"bsn\":\"111222333\",\"relatie\":\"KIND\"},{\"naam\":\"Kim Voorbeeld\",\"geboortedatum\":\"1985-01-02\","
            + "\"relatie\":\"HUISGENOOT\"}]}";

    @Autowired
    DossierManagement dossiers;

    @Autowired
    IdentityManagement identity;

    @Autowired
    AccessLog accessLog;

    private ApiTestClient api;
    private String school;

    @BeforeEach
    void client() {
        api = new ApiTestClient(port);
        school = api.token(SCHOOL, SCHOOL + "-secret");
    }

    private String signaal(String datum) {
        return "{\"datum\":\"" + datum + "\",\"waarneming\":\"Blauwe plekken op de arm.\",\"soort\":\"FEIT\","
                + "\"vormen\":[\"KINDERMISHANDELING_LICHAMELIJK\"],\"disclosure\":true}";
    }

    private String today() {
        return dossiers.today().toString();
    }

    /** Opens a dossier through the API for the member and returns its id. */
    private String open(String member) {
        HttpResponse<String> created = api.post("/api/v1/dossiers", SAM, school, "Namens", member);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiTestClient.json(created).get("id").asText();
    }

    private int logRows(String event, String outcome, String client, String onBehalfOf, String objectId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE event = ? AND outcome = ? AND username = ?"
                        + " AND role = 'API_KOPPELING' AND on_behalf_of = ? AND object_id IS NOT DISTINCT FROM CAST(? AS TEXT)",
                Integer.class,
                event,
                outcome,
                client,
                onBehalfOf,
                objectId);
    }

    @Test
    void aDossierOpenedThroughTheApiIsReadBackWithItsBetrokkenenAndJournal() {
        HttpResponse<String> created = api.post("/api/v1/dossiers", SAM, school, "Namens", "leerkracht");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = ApiTestClient.json(created).get("id").asText();
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/dossiers/" + id);

        HttpResponse<String> signaal =
                api.post("/api/v1/dossiers/" + id + "/signalen", signaal(today()), school, "Namens", "leerkracht");
        assertThat(signaal.statusCode()).as(signaal.body()).isEqualTo(201);
        String signaalId = ApiTestClient.json(signaal).get("id").asText();
        assertThat(signaal.headers().firstValue("Location"))
                .contains("/api/v1/dossiers/" + id + "/vastleggingen/" + signaalId);
        HttpResponse<String> consultatie = api.post(
                "/api/v1/dossiers/" + id + "/consultaties",
                "{\"datum\":\"" + today() + "\",\"met\":\"VEILIG_THUIS_ADVIES\",\"advies\":\"Gesprek voeren.\"}",
                school,
                "Namens",
                "leerkracht");
        assertThat(consultatie.statusCode()).as(consultatie.body()).isEqualTo(201);

        HttpResponse<String> read = api.get("/api/v1/dossiers/" + id, school, "Namens", "leerkracht");

        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode dossier = ApiTestClient.json(read);
        assertThat(dossier.get("id").asText()).isEqualTo(id);
        assertThat(dossier.get("status").asText()).isEqualTo("OPEN");
        assertThat(dossier.get("eigenaar").asText()).isEqualTo("Lotte Leerkracht");
        assertThat(dossier.get("veiligThuisStatus")).as("no melding yet").isEmpty();
        JsonNode sam = dossier.get("betrokkenen").get(0);
        assertThat(sam.get("naam").asText()).isEqualTo("Sam Voorbeeld");
        assertThat(sam.get("geboortedatum").asText()).isEqualTo("2017-05-04");
        assertThat(sam.get("bsn").asText()).isEqualTo("111222333");
        assertThat(sam.get("relatie").asText()).isEqualTo("KIND");
        assertThat(dossier.get("betrokkenen").get(1).get("bsn").isNull()).isTrue();
        JsonNode journaal = dossier.get("journaal");
        assertThat(journaal.size()).isEqualTo(2);
        JsonNode newest = journaal.get(0);
        assertThat(newest.get("soort").asText()).isEqualTo("CONSULTATIE");
        assertThat(newest.get("inhoud").get("met").asText()).isEqualTo("VEILIG_THUIS_ADVIES");
        assertThat(newest.get("inhoud").get("advies").asText()).isEqualTo("Gesprek voeren.");
        JsonNode first = journaal.get(1);
        assertThat(first.get("id").asText()).isEqualTo(signaalId);
        assertThat(first.get("soort").asText()).isEqualTo("SIGNAAL");
        assertThat(first.get("auteur").asText()).isEqualTo("Lotte Leerkracht");
        assertThat(first.get("auteurRol").asText()).isEqualTo("BEROEPSKRACHT");
        assertThat(first.get("vastgelegdOp").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(first.get("corrigeert").isNull()).isTrue();
        assertThat(first.get("reden").isNull()).isTrue();
        assertThat(first.get("gecorrigeerd").asBoolean()).isFalse();
        assertThat(first.get("inhoud").get("datum").asText()).isEqualTo(today());
        assertThat(first.get("inhoud").get("waarneming").asText()).isEqualTo("Blauwe plekken op de arm.");
        assertThat(first.get("inhoud").get("soort").asText()).isEqualTo("FEIT");
        assertThat(first.get("inhoud").get("vormen").toString()).contains("KINDERMISHANDELING_LICHAMELIJK");
        assertThat(first.get("inhoud").get("disclosure").asBoolean()).isTrue();
        assertThat(first.get("inhoud").has("kind")).isFalse();

        HttpResponse<String> one =
                api.get(signaal.headers().firstValue("Location").orElseThrow(), school, "Namens", "leerkracht");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(ApiTestClient.json(one).get("inhoud").get("soort").asText()).isEqualTo("FEIT");

        JsonNode list = ApiTestClient.json(api.get("/api/v1/dossiers", school, "Namens", "leerkracht"));
        assertThat(list.findValuesAsText("id")).contains(id);
        assertThat(dossiers.myDossiers(TestActors.actor(jdbc, "leerkracht"), nl.schakel.shared.Paginering.eerste())
                        .regels())
                .as("the professional sees it on the pages as her own")
                .anyMatch(d -> d.id().toString().equals(id));
    }

    @Test
    void everyCallIsLoggedWithTheClientAndOnWhoseBehalf() {
        String member = TestActors.enrolledSchoolMember(identity, jdbc, "api-log");
        String id = open(member);
        api.post("/api/v1/dossiers/" + id + "/signalen", signaal(today()), school, "Namens", member);
        api.get("/api/v1/dossiers/" + id, school, "Namens", member);
        api.get("/api/v1/dossiers", school, "Namens", member);

        assertThat(logRows("dossier.create", "GESLAAGD", SCHOOL, member, id)).isEqualTo(1);
        assertThat(logRows("dossier.signaal.create", "GESLAAGD", SCHOOL, member, id))
                .isEqualTo(1);
        assertThat(logRows("dossier.read", "GESLAAGD", SCHOOL, member, id)).isEqualTo(1);
        assertThat(logRows("dossier.list", "GESLAAGD", SCHOOL, member, null)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE on_behalf_of = ?", Integer.class, member))
                .as("one row per call, nothing more")
                .isEqualTo(4);
        Actor reader = TestActors.actor(jdbc, "privacy-school").withSecondFactorAt(clock.instant());
        assertThat(accessLog.search(reader, new AccessLogQuery(null, member, null, null)))
                .as("the logverantwoordelijke finds them under the member's name")
                .filteredOn(row -> row.event().startsWith("dossier."))
                .hasSize(4)
                .allSatisfy(row -> {
                    assertThat(row.username()).isEqualTo(SCHOOL);
                    assertThat(row.onBehalfOf()).isEqualTo(member);
                });
    }

    @Test
    void aDossierTheNamedMemberMayNotSeeIsNotFoundAndTheProbeIsLogged() {
        String id = open("leerkracht");
        String colleague = TestActors.enrolledSchoolMember(identity, jdbc, "api-collega");
        String noord = api.token(NOORD, NOORD + "-secret");

        List<HttpResponse<String>> probes = List.of(
                api.get("/api/v1/dossiers/" + id, noord, "Namens", "vt-noord"),
                api.post("/api/v1/dossiers/" + id + "/signalen", signaal(today()), noord, "Namens", "vt-noord"),
                api.get("/api/v1/dossiers/" + id, school, "Namens", colleague),
                api.post("/api/v1/dossiers/" + id + "/signalen", signaal(today()), school, "Namens", colleague),
                api.get("/api/v1/dossiers/" + UUID.randomUUID(), school, "Namens", "leerkracht"));

        for (HttpResponse<String> probe : probes) {
            assertThat(probe.statusCode()).as(probe.body()).isEqualTo(404);
            assertThat(probe.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(probe.body()).doesNotContain("Sam Voorbeeld").doesNotContain("111222333");
        }
        assertThat(logRows("dossier.read", "GEWEIGERD", NOORD, "vt-noord", id)).isEqualTo(1);
        assertThat(logRows("dossier.read", "GEWEIGERD", SCHOOL, colleague, id)).isEqualTo(1);
        assertThat(logRows("dossier.signaal.create", "GEWEIGERD", SCHOOL, colleague, id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM dossier.journal_entry WHERE dossier_id = ?::uuid", Integer.class, id))
                .isZero();
        assertThatThrownBy(() -> dossiers.dossier(TestActors.actor(jdbc, "huisarts"), UUID.fromString(id)))
                .isInstanceOf(NotFoundException.class);
        assertThat(api.get("/api/v1/dossiers/" + id, school, "Namens", "af-school")
                        .statusCode())
                .as("the aandachtsfunctionaris of the school sees it, as on the pages")
                .isEqualTo(200);
        assertThat(api.get("/api/v1/dossiers", noord, "Namens", "vt-noord").statusCode())
                .as("a Veilig Thuis member keeps no professional's dossiers")
                .isEqualTo(403);
    }

    @Test
    void aMemberOfAnotherTenantOrNoMemberCannotBeNamed() {
        int refusalsBefore = namensRefusals();
        HttpResponse<String> otherTenant = api.get("/api/v1/dossiers", school, "Namens", "huisarts");
        HttpResponse<String> unknown = api.get("/api/v1/dossiers", school, "Namens", "bestaat-niet");
        HttpResponse<String> none = api.get("/api/v1/dossiers", school);
        String blocked = TestActors.enrolledSchoolMember(identity, jdbc, "api-geblokkeerd");
        identity.setEnabled(
                TestActors.actor(jdbc, "beheer-school"), new UserId(TestActors.userId(jdbc, blocked)), false);
        HttpResponse<String> blockedMember = api.get("/api/v1/dossiers", school, "Namens", blocked);

        for (HttpResponse<String> response : List.of(otherTenant, unknown, none, blockedMember)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            JsonNode fout = ApiTestClient.json(response).get("fouten").get(0);
            assertThat(fout.get("veld").asText()).isEqualTo("Namens");
            assertThat(fout.get("melding").asText()).contains("Namens").contains("medewerker");
        }
        assertThat(ApiTestClient.json(otherTenant).toString())
                .as("a member of another tenant looks exactly like no member")
                .isEqualTo(ApiTestClient.json(unknown).toString());
        assertThat(namensRefusals() - refusalsBefore)
                .as("each name that is no member of the tenant is a logged refusal")
                .isEqualTo(3);
        assertThat(api.get("/api/v1/dossiers", null, "Namens", "leerkracht").statusCode())
                .isEqualTo(401);
    }

    private int namensRefusals() {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE event = 'identity.api.namens' AND outcome = 'GEWEIGERD'"
                        + " AND username = ?",
                Integer.class,
                SCHOOL);
    }

    @Test
    void aMemberWhoDoesNotWorkWithClientsIsRefused() {
        HttpResponse<String> beheerder = api.post("/api/v1/dossiers", SAM, school, "Namens", "beheer-school");

        assertThat(beheerder.statusCode()).isEqualTo(403);
        assertThat(beheerder.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(logRows("dossier.create", "GEWEIGERD", SCHOOL, "beheer-school", null))
                .isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "malformed JSON | /api/v1/dossiers | {\"betrokkenen\": | '' | JSON",
                "no body at all | /api/v1/dossiers | '' | '' | JSON",
                "missing betrokkenen | /api/v1/dossiers | {} | betrokkenen | betrokkene",
                "empty betrokkenen | /api/v1/dossiers | {\"betrokkenen\":[]} | betrokkenen | betrokkene",
                "wrong enum | /api/v1/dossiers | {\"betrokkenen\":[{\"naam\":\"Sam\",\"geboortedatum\":\"2017-05-04\",\"relatie\":\"BUURMAN\"}]} | betrokkenen[0].relatie | KIND",
                "malformed date | /api/v1/dossiers | {\"betrokkenen\":[{\"naam\":\"Sam\",\"geboortedatum\":\"4 mei 2017\",\"relatie\":\"KIND\"}]} | betrokkenen[0].geboortedatum | JJJJ-MM-DD",
                "missing fields of a betrokkene | /api/v1/dossiers | {\"betrokkenen\":[{}]} | betrokkenen[0].naam | naam",
                "invalid BSN | /api/v1/dossiers | {\"betrokkenen\":[{\"naam\":\"Sam\",\"geboortedatum\":\"2017-05-04\",\"bsn\":\"123456789\",\"relatie\":\"KIND\"}]} | betrokkenen[0].bsn | BSN",
                "future date of birth | /api/v1/dossiers | {\"betrokkenen\":[{\"naam\":\"Sam\",\"geboortedatum\":\"2999-01-01\",\"relatie\":\"KIND\"}]} | betrokkenen[0].geboortedatum | toekomst",
                "problems of two betrokkenen at once | /api/v1/dossiers | {\"betrokkenen\":[{\"naam\":\"Sam\",\"geboortedatum\":\"2017-05-04\",\"relatie\":\"KIND\"},{\"naam\":\"\",\"geboortedatum\":\"1980-01-01\",\"bsn\":\"123456789\",\"relatie\":\"OVERIG\"}]} | betrokkenen[1].bsn | naam",
                "wrong type | /api/v1/dossiers | {\"betrokkenen\":\"Sam\"} | betrokkenen | lijst",
                "future signaal | SIGNALEN | {\"datum\":\"2999-01-01\",\"waarneming\":\"Gezien.\",\"soort\":\"FEIT\"} | datum | toekomst",
                "signaal without fields | SIGNALEN | {} | waarneming | Beschrijf",
                "unknown vorm | SIGNALEN | {\"datum\":\"2020-01-01\",\"waarneming\":\"Gezien.\",\"soort\":\"FEIT\",\"vormen\":[\"ONBEKEND\"]} | vormen[0] | VERWAARLOZING",
                "consultatie without advies | CONSULTATIES | {\"datum\":\"2020-01-01\",\"met\":\"COLLEGA\",\"persoon\":\"Juf Ans\"} | advies | advies"
            })
    void badInputIsA400ProblemWithDutchMessagesAndSavesNothing(
            String name, String path, String body, String veld, String melding) {
        String id = open("leerkracht");
        String target = path.replace("SIGNALEN", "/api/v1/dossiers/" + id + "/signalen")
                .replace("CONSULTATIES", "/api/v1/dossiers/" + id + "/consultaties");
        int dossiersBefore = jdbc.queryForObject("SELECT count(*) FROM dossier.dossier", Integer.class);

        HttpResponse<String> response = api.post(target, body, school, "Namens", "leerkracht");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.body())
                .doesNotContain("Exception")
                .doesNotContain("at nl.schakel")
                .doesNotContain(".fout.");
        JsonNode fouten = ApiTestClient.json(response).get("fouten");
        List<String> velden = new ArrayList<>(fouten.findValuesAsText("veld"));
        assertThat(velden).contains(veld);
        assertThat(fouten.toString()).contains(melding);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM dossier.dossier", Integer.class))
                .isEqualTo(dossiersBefore);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM dossier.journal_entry WHERE dossier_id = ?::uuid", Integer.class, id))
                .isZero();
    }

    @Test
    void aCorrectionIsANewEntryThatNamesTheOneItCorrectsAndItsReason() {
        String id = open("leerkracht");
        String signaalId = ApiTestClient.json(api.post(
                        "/api/v1/dossiers/" + id + "/signalen", signaal(today()), school, "Namens", "leerkracht"))
                .get("id")
                .asText();
        String corrected = "{\"corrigeert\":\"" + signaalId + "\",\"reden\":\"Verkeerde arm genoemd.\",\"signaal\":"
                + signaal(today()).replace("op de arm", "op het been") + "}";

        HttpResponse<String> correction =
                api.post("/api/v1/dossiers/" + id + "/correcties", corrected, school, "Namens", "af-school");

        assertThat(correction.statusCode()).as(correction.body()).isEqualTo(201);
        JsonNode journaal = ApiTestClient.json(api.get("/api/v1/dossiers/" + id, school, "Namens", "leerkracht"))
                .get("journaal");
        assertThat(journaal.size()).isEqualTo(2);
        assertThat(journaal.get(0).get("corrigeert").asText()).isEqualTo(signaalId);
        assertThat(journaal.get(0).get("reden").asText()).isEqualTo("Verkeerde arm genoemd.");
        assertThat(journaal.get(0).get("auteur").asText()).isEqualTo("Anouk Aandacht");
        assertThat(journaal.get(0).get("inhoud").get("waarneming").asText()).contains("op het been");
        assertThat(journaal.get(1).get("gecorrigeerd").asBoolean()).isTrue();
        assertThat(journaal.get(1).get("inhoud").get("waarneming").asText()).contains("op de arm");
        assertThat(logRows("dossier.entry.correct", "GESLAAGD", SCHOOL, "af-school", id))
                .isEqualTo(1);

        HttpResponse<String> wrongKind = api.post(
                "/api/v1/dossiers/" + id + "/correcties",
                "{\"corrigeert\":\"" + signaalId + "\",\"reden\":\"Anders.\",\"consultatie\":{\"datum\":\"" + today()
                        + "\",\"met\":\"VEILIG_THUIS_ADVIES\",\"advies\":\"Bellen.\"}}",
                school,
                "Namens",
                "leerkracht");
        HttpResponse<String> noContent = api.post(
                "/api/v1/dossiers/" + id + "/correcties",
                "{\"corrigeert\":\"" + signaalId + "\",\"reden\":\"Anders.\"}",
                school,
                "Namens",
                "leerkracht");
        HttpResponse<String> noReason = api.post(
                "/api/v1/dossiers/" + id + "/correcties",
                "{\"corrigeert\":\"" + signaalId + "\",\"signaal\":" + signaal(today()) + "}",
                school,
                "Namens",
                "leerkracht");
        for (HttpResponse<String> response : List.of(wrongKind, noContent, noReason)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(response.body()).doesNotContain(".fout.");
        }
        assertThat(ApiTestClient.json(noReason).get("fouten").findValuesAsText("veld"))
                .contains("reden");
        HttpResponse<String> badContent = api.post(
                "/api/v1/dossiers/" + id + "/correcties",
                "{\"corrigeert\":\"" + signaalId + "\",\"reden\":\"Anders.\",\"signaal\":{\"datum\":\"2999-01-01\"}}",
                school,
                "Namens",
                "leerkracht");
        assertThat(badContent.statusCode()).isEqualTo(400);
        assertThat(ApiTestClient.json(badContent).get("fouten").findValuesAsText("veld"))
                .contains("signaal.datum", "signaal.waarneming", "signaal.soort");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM dossier.journal_entry WHERE dossier_id = ?::uuid", Integer.class, id))
                .isEqualTo(2);
    }

    @Test
    void aMalformedIdIsA400Problem() {
        HttpResponse<String> response = api.get("/api/v1/dossiers/geen-uuid", school, "Namens", "leerkracht");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void theOpenApiDocumentDescribesTheDossierResources() {
        JsonNode doc = ApiTestClient.json(api.get("/api/v1/openapi.json", null));

        JsonNode paths = doc.get("paths");
        assertThat(paths.has("/dossiers")).isTrue();
        assertThat(paths.has("/dossiers/{id}")).isTrue();
        assertThat(paths.has("/dossiers/{id}/signalen")).isTrue();
        assertThat(paths.has("/dossiers/{id}/consultaties")).isTrue();
        assertThat(paths.has("/dossiers/{id}/correcties")).isTrue();
        assertThat(paths.has("/dossiers/{id}/afwegingen"))
                .as("the steps are documented too (DossierStappenApiIT)")
                .isTrue();
        assertThat(paths.has("/dossiers/{id}/vastleggingen/{vastlegging}")).isTrue();
        JsonNode namens = null;
        for (JsonNode parameter : paths.get("/dossiers").get("post").get("parameters")) {
            if (parameter.get("name").asText().equals("Namens")) {
                namens = parameter;
            }
        }
        assertThat(namens).as("the Namens header is documented").isNotNull();
        assertThat(namens.get("in").asText()).isEqualTo("header");
        assertThat(namens.get("required").asBoolean()).isTrue();

        JsonNode schemas = doc.get("components").get("schemas");
        assertThat(schemas.get("NieuwDossier").get("required").toString()).contains("betrokkenen");
        JsonNode betrokkene = schemas.get("NieuweBetrokkene");
        assertThat(betrokkene.get("required").toString()).contains("naam", "geboortedatum", "relatie");
        assertThat(betrokkene.get("required").toString()).doesNotContain("bsn");
        assertThat(betrokkene
                        .get("properties")
                        .get("geboortedatum")
                        .get("format")
                        .asText())
                .isEqualTo("date");
        assertThat(betrokkene.get("properties").get("relatie").toString()).contains("KIND", "HUISGENOOT");
        assertThat(schemas.get("NieuwSignaal").get("required").toString()).contains("datum", "waarneming", "soort");
        assertThat(schemas.get("NieuwSignaal").get("properties").get("soort").toString())
                .contains("INTERPRETATIE", "DERDEN");
        assertThat(schemas.get("NieuweConsultatie").get("required").toString()).contains("datum", "met", "advies");
        assertThat(schemas.get("NieuweCorrectie").get("required").toString()).contains("corrigeert", "reden");
        JsonNode vastlegging = schemas.get("Vastlegging");
        assertThat(vastlegging.get("required").toString()).contains("id", "soort", "vastgelegdOp", "auteur", "inhoud");
        assertThat(vastlegging.get("properties").get("soort").toString()).contains("SIGNAAL", "CONSULTATIE");
        assertThat(vastlegging
                        .get("properties")
                        .get("vastgelegdOp")
                        .get("format")
                        .asText())
                .isEqualTo("date-time");
        assertThat(vastlegging.get("properties").get("inhoud").get("oneOf").toString())
                .contains("#/components/schemas/Signaal", "#/components/schemas/CollegialeConsultatie");
        assertThat(schemas.get("Signaal").get("properties").has("waarneming")).isTrue();
        assertThat(schemas.get("Signaal").get("properties").has("kind")).isFalse();
        assertThat(schemas.get("CollegialeConsultatie").get("properties").has("advies"))
                .isTrue();
        assertThat(schemas.get("Dossier").get("required").toString()).contains("betrokkenen", "journaal");
        assertThat(schemas.get("Betrokkene").get("properties").has("geboortedatum"))
                .isTrue();
        assertThat(schemas.get("VeiligThuisStatus").get("properties").has("status"))
                .isTrue();
        assertThat(schemas.get("MeldingInhoud")
                        .get("properties")
                        .get("betrokkenen")
                        .get("items")
                        .get("$ref")
                        .asText())
                .isEqualTo("#/components/schemas/MeldingBetrokkene");
        assertThat(schemas.get("MeldingBetrokkene").get("properties").has("bsn"))
                .isTrue();
    }

    @Autowired
    nl.schakel.dossier.MeldingManagement meldingen;

    @Autowired
    nl.schakel.keten.KetenManagement keten;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

    @Test
    void theDossierTellsHowFarVeiligThuisIsWithEachMelding() {
        nl.schakel.TestMeldingen.Verstuurd verstuurd = nl.schakel.TestMeldingen.vanuitDossier(
                dossiers,
                meldingen,
                keten,
                jdbcTemplate,
                "Api Statuskind",
                "",
                "Zegt bang te zijn voor thuis.",
                "Ik blijf haar volgen.");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() -> keten.status(verstuurd.meldingId()).isPresent());
        nl.schakel.keten.MeldingStatus ontvangen =
                keten.status(verstuurd.meldingId()).orElseThrow();

        JsonNode dossier = ApiTestClient.json(
                api.get("/api/v1/dossiers/" + verstuurd.dossierId(), school, "Namens", "leerkracht"));

        JsonNode status = dossier.get("veiligThuisStatus").get(0);
        assertThat(status.get("meldingId").asText())
                .isEqualTo(verstuurd.meldingId().toString());
        assertThat(status.get("status").asText()).isEqualTo("ONTVANGEN");
        assertThat(status.get("veiligheidsbeoordelingUiterlijk").asText())
                .isEqualTo(ontvangen.veiligheidsbeoordelingUiterlijk().toString());
    }

    /** The list of dossiers comes a page at a time (ADR-0036): a bounded size, links to the next and previous page. */
    @Test
    void theListComesInPagesWithLinks() {
        open("leerkracht");
        open("leerkracht");
        HttpResponse<String> first = api.get("/api/v1/dossiers?aantal=1", school, "Namens", "leerkracht");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(ApiTestClient.json(first).size()).isEqualTo(1);
        assertThat(first.headers().firstValue("Link")).hasValue("</api/v1/dossiers?pagina=2&aantal=1>; rel=\"next\"");
        HttpResponse<String> second = api.get("/api/v1/dossiers?pagina=2&aantal=1", school, "Namens", "leerkracht");
        assertThat(ApiTestClient.json(second).size()).isEqualTo(1);
        assertThat(ApiTestClient.json(second).get(0).get("id").asText())
                .isNotEqualTo(ApiTestClient.json(first).get(0).get("id").asText());
        assertThat(second.headers().firstValue("Link").orElseThrow())
                .contains("</api/v1/dossiers?pagina=1&aantal=1>; rel=\"prev\"")
                .contains("rel=\"next\"");

        for (String bad : List.of("pagina=0", "pagina=abc", "pagina=10001", "aantal=101", "aantal=0", "pagina=-1")) {
            HttpResponse<String> response = api.get("/api/v1/dossiers?" + bad, school, "Namens", "leerkracht");
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(bad)
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            JsonNode fout = ApiTestClient.json(response).get("fouten").get(0);
            assertThat(fout.get("veld").asText()).as(bad).isEqualTo(bad.substring(0, bad.indexOf('=')));
            assertThat(fout.get("melding").asText()).as(bad).contains("heel getal");
        }
    }
}
