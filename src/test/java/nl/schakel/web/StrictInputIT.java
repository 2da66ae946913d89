package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.schakel.ApiTestClient;
import nl.schakel.WebITSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input that was a 500, or was accepted although it should not be (issue 9): each is a 400 with a Dutch message
 * naming the field. {@code BadInputFuzzIT} sends the same to every operation and form.
 */
class StrictInputIT extends WebITSupport {

    private static final String MEGABYTE = "a".repeat(1024 * 1024);

    private ApiTestClient api;
    private String school;

    @BeforeEach
    void client() {
        api = new ApiTestClient(port);
        school = api.token("school-demo", "school-demo-secret");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\\u0000", "\\u0007", "\\ud800", "\\udc00x"})
    void aControlCharacterOrLoneSurrogateInJsonIsA400NamingTheField(String escaped) {
        HttpResponse<String> response = api.post("/api/v1/teams", "{\"naam\":\"Team " + escaped + " Noord\"}", school);

        assertProblem(response, "naam", "stuurteken");
    }

    @Test
    void aMegabyteStringInJsonIsA400() {
        HttpResponse<String> response = api.post("/api/v1/teams", "{\"naam\":\"" + MEGABYTE + "\"}", school);

        assertProblem(response, "naam", "te lang");
    }

    @Test
    void anApiBodyOfUnknownLengthIsRefusedWith411() throws Exception {
        // chunked: the 2 MB limit cannot be checked before the body is read
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/teams"))
                .header("Authorization", "Bearer " + school)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream("{\"naam\":\"Team\"}".getBytes(StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(411);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("Content-Length");
    }

    @Test
    void tabsAndNewlinesAreText() {
        HttpResponse<String> response =
                api.post("/api/v1/teams", "{\"naam\":\"Team\\tmet tab " + System.nanoTime() + "\"}", school);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    @Test
    void aNulInADossierPageFormIsA400PageInDutch() {
        assertDutch400(
                "leerkracht",
                "/dossiers/nieuw",
                "onzichtbaar stuurteken of een kapot teken",
                "naam",
                "Sam\u0000 Voorbeeld",
                "geboortedatum",
                "2017-05-04",
                "relatie",
                "KIND");
    }

    @Test
    void aFieldNameWithAnUnclosedIndexIsA400PageInDutchNotA500() {
        // Spring's binder read "vormen[2" as a list index and threw (a 500): found by the fuzzing in CI
        assertDutch400(
                "platform",
                "/platform/organisaties",
                "een veld dat Schakel niet kent",
                "naam",
                "School Index",
                "beroepsclusters[2dene./",
                "x");
    }

    /** The user's form, posted from its own page, is a Dutch 400 page that says why and that nothing was saved. */
    private void assertDutch400(String user, String page, String why, String... fields) {
        HttpResponse<String> response = browser().login(user).post(page, page, fields);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains(why).contains("Er is niets opgeslagen");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "{\"vermoeden\":\"true\"}|vermoeden|true of false",
                "{\"vermoeden\":1}|vermoeden|true of false",
                "{\"vermoeden\":\"\"}|vermoeden|true of false",
                "{\"vermoeden\":true,\"acuteOfStructureleOnveiligheid\":\"1\"}|acuteOfStructureleOnveiligheid|true of false"
            })
    void aBooleanIsTrueOrFalseOnly(String testCase) {
        String[] parts = testCase.split("\\|");
        String kader = ApiTestClient.json(api.get("/api/v1/afwegingskaders", school))
                .get(0)
                .get("code")
                .asText();

        HttpResponse<String> response = api.post("/api/v1/afwegingskaders/" + kader + "/evaluaties", parts[0], school);

        assertProblem(response, parts[1], parts[2]);
    }

    @Test
    void aNumberIsNotText() {
        assertProblem(api.post("/api/v1/teams", "{\"naam\":12345}", school), "naam", "tussen aanhalingstekens");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "\"vormen\":[1,2]|\"beller\":\"BEROEPSKRACHT\"|vormen[0]|tussen aanhalingstekens",
                "\"vormen\":[\"verwaarlozing\"]|\"beller\":0|beller|Kies een van"
            })
    void aChoiceIsItsNameNotItsPositionAndACodeIsText(String testCase) {
        String[] parts = testCase.split("\\|");
        String vt = api.token("vt-noord-demo", "vt-noord-demo-secret");
        String body = "{\"ontvangenOp\":\"2026-11-27T10:15:00+01:00\",\"acuut\":false," + parts[1] + ","
                + "\"melder\":{\"naam\":\"Wijkteam Demo\",\"organisatie\":\"Wijkteam\",\"contact\":\"020 123 45 67\","
                + "\"afgeschermd\":true},\"categorie\":\"JEUGDZORG\",\"directbetrokkenen\":[{\"naam\":\"Sam Voorbeeld\","
                + "\"geboortedatum\":\"2017-05-04\",\"geslacht\":\"MAN\",\"rol\":\"SLACHTOFFER\"}],"
                + parts[0] + ",\"omschrijving\":\"Sam komt zonder eten naar school.\"}";

        HttpResponse<String> response = api.post("/api/v1/veilig-thuis/meldingen", body, vt);

        assertProblem(response, parts[2], parts[3]);
    }

    @Test
    void theErrorPageAskedForDirectlyIsNotFound() {
        assertThat(browser().get("/error").statusCode()).isEqualTo(404);
        assertThat(api.get("/error", null).statusCode()).isEqualTo(404);
    }

    @Test
    void anAuthorizationCodeRequestIsRefusedWithoutAServerError() {
        HttpResponse<String> response =
                browser().get("/oauth2/authorize?response_type=code&client_id=school-demo&scope=openid");

        assertThat(response.statusCode()).isBetween(400, 499);
        HttpResponse<String> unknown = browser().get("/oauth2/authorize?response_type=code&client_id=bestaat-niet");
        assertThat(unknown.statusCode()).isBetween(400, 499);
    }

    private static void assertProblem(HttpResponse<String> response, String field, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode fout = ApiTestClient.json(response).get("fouten").get(0);
        assertThat(fout.get("veld").asText()).isEqualTo(field);
        assertThat(fout.get("melding").asText()).contains(message);
    }
}
