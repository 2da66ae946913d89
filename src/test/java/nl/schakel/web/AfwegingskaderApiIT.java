package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import nl.schakel.ApiTestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Contract tests of the stateless evaluation API of the afwegingskader (issue 3's contract). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AfwegingskaderApiIT {

    private static final String ALL_MET = "{\"zichtOpVeiligheid\":true,\"afsprakenOverSamenwerkingEnRegie\":true,"
            + "\"zichtOpHerhalingEnPatronen\":true,\"focusOpVeiligheid\":true,\"aandachtVoorHerstel\":true}";

    @LocalServerPort
    int port;

    private ApiTestClient api;
    private String token;
    private String kader;

    @BeforeEach
    void client() {
        api = new ApiTestClient(port);
        token = api.token("school-demo", "school-demo-secret");
        kader = ApiTestClient.json(api.get("/api/v1/afwegingskaders", token))
                .get(0)
                .get("code")
                .asText();
    }

    @Test
    void listsOneKaderPerBeroepscluster() {
        JsonNode kaders = ApiTestClient.json(api.get("/api/v1/afwegingskaders", token));

        assertThat(kaders.size()).isEqualTo(11);
        assertThat(kaders.get(0).get("versie").asText()).isNotBlank();
        assertThat(kaders.get(0).get("stap").asInt()).isBetween(4, 5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "afweging 1 nee closes | {\"vermoeden\":false} | AFSLUITEN | | false | | false",
                "acute onveiligheid melds together with VT | {\"vermoeden\":true,\"acuteOfStructureleOnveiligheid\":true} | MELDEN | 3 | true | 1 | true",
                "disclosure counts as acute onveiligheid | {\"vermoeden\":true,\"disclosure\":true} | MELDEN | 3 | true | 1 | true",
                "missing afweging 2 is incomplete | {\"vermoeden\":true} | ONVOLLEDIG | 2 | | | false",
                "no help possible melds (meldnorm 2) | {\"vermoeden\":true,\"acuteOfStructureleOnveiligheid\":false,\"hulpMogelijk\":false} | MELDEN | | true | 2 | false",
                "help accepted is offered, afweging 5 later | {\"vermoeden\":true,\"acuteOfStructureleOnveiligheid\":false,\"hulpMogelijk\":true,\"hulpVereisten\":"
                        + ALL_MET
                        + ",\"hulpAanvaard\":true} | HULP_BIEDEN | 5 | false | | false",
                "help without result melds (meldnorm 3) | {\"vermoeden\":true,\"acuteOfStructureleOnveiligheid\":false,\"hulpMogelijk\":true,\"hulpVereisten\":"
                        + ALL_MET
                        + ",\"hulpAanvaard\":true,\"hulpResultaat\":false} | MELDEN | | true | 3 | false",
                "help without result after afweging 2 ja stays meldnorm 1 | {\"vermoeden\":true,\"acuteOfStructureleOnveiligheid\":true,\"soortOnveiligheid\":\"STRUCTUREEL\",\"hulpMogelijk\":true,\"hulpVereisten\":"
                        + ALL_MET
                        + ",\"hulpAanvaard\":true,\"hulpResultaat\":false} | MELDEN | | true | 1 | true",
                "answers after the end are ignored | {\"vermoeden\":false,\"acuteOfStructureleOnveiligheid\":true,\"hulpAanvaard\":true} | AFSLUITEN | | false | | false"
            })
    void evaluatesThePathThroughTheAfwegingen(
            String path,
            String body,
            String uitkomst,
            Integer volgende,
            Boolean melden,
            Integer meldnorm,
            boolean samenMetVeiligThuis) {
        HttpResponse<String> response = api.post("/api/v1/afwegingskaders/" + kader + "/evaluaties", body, token);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = ApiTestClient.json(response);
        assertThat(result.get("uitkomst").asText()).isEqualTo(uitkomst);
        assertThat(
                        result.get("volgendeAfweging").isNull()
                                ? null
                                : result.get("volgendeAfweging").asInt())
                .isEqualTo(volgende);
        assertThat(
                        result.get("meldenNoodzakelijk").isNull()
                                ? null
                                : result.get("meldenNoodzakelijk").asBoolean())
                .isEqualTo(melden);
        assertThat(
                        result.get("meldnorm").isNull()
                                ? null
                                : result.get("meldnorm").asInt())
                .isEqualTo(meldnorm);
        assertThat(result.get("samenMetVeiligThuis").asBoolean()).isEqualTo(samenMetVeiligThuis);
        assertThat(result.get("kader").get("code").asText()).isEqualTo(kader);
        assertThat(result.get("uitleg").asText()).isNotBlank();
    }

    @ParameterizedTest(name = "Accept-Language {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "'' | U heeft geen vermoeden van huiselijk geweld of kindermishandeling.",
                "nl | U heeft geen vermoeden van huiselijk geweld of kindermishandeling.",
                "en | You do not suspect domestic violence or child abuse.",
                "en-GB,en;q=0.9 | You do not suspect domestic violence or child abuse.",
                "de, en;q=0.5 | You do not suspect domestic violence or child abuse.",
                "fr | U heeft geen vermoeden van huiselijk geweld of kindermishandeling.",
                ";;; | U heeft geen vermoeden van huiselijk geweld of kindermishandeling."
            })
    void explainsInDutchUnlessTheClientAcceptsEnglish(String acceptLanguage, String uitleg) {
        String path = "/api/v1/afwegingskaders/" + kader + "/evaluaties";
        String body = "{\"vermoeden\":false}";

        HttpResponse<String> response = acceptLanguage.isEmpty()
                ? api.post(path, body, token)
                : api.post(path, body, token, "Accept-Language", acceptLanguage);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(ApiTestClient.json(response).get("uitleg").asText()).startsWith(uitleg);
    }

    @Test
    void theEnglishExplanationShowsTheNextQuestionAndTheMeldnormInEnglish() {
        HttpResponse<String> response = api.post(
                "/api/v1/afwegingskaders/" + kader + "/evaluaties",
                "{\"vermoeden\":true,\"acuteOfStructureleOnveiligheid\":true,\"soortOnveiligheid\":\"ACUUT\"}",
                token,
                "Accept-Language",
                "en");

        assertThat(ApiTestClient.json(response).get("uitleg").asText())
                .isEqualTo("You estimate there is acute unsafety. Report to Veilig Thuis straight away. Meldnorm 1: a"
                        + " melding is needed whenever you suspect acute and/or structural unsafety. Answer together"
                        + " with Veilig Thuis afweging 3: Can you offer or organise adequate help to prevent (future)"
                        + " domestic violence or child abuse?");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "acute onveiligheid | ,\"soortOnveiligheid\":\"ACUUT\" | true",
                "acute en structurele onveiligheid | ,\"soortOnveiligheid\":\"ACUUT_EN_STRUCTUREEL\" | true",
                "structurele onveiligheid alone | ,\"soortOnveiligheid\":\"STRUCTUREEL\" | false",
                "kind not given reads as possibly acute | '' | true"
            })
    void onlyAcuteOnveiligheidTakesTheAcceleratedPath(String kind, String soort, boolean acuut) {
        String body = "{\"vermoeden\":true,\"acuteOfStructureleOnveiligheid\":true" + soort + "}";

        HttpResponse<String> response = api.post("/api/v1/afwegingskaders/" + kader + "/evaluaties", body, token);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = ApiTestClient.json(response);
        assertThat(result.get("uitkomst").asText()).isEqualTo("MELDEN");
        assertThat(result.get("meldnorm").asInt()).isEqualTo(1);
        assertThat(result.get("samenMetVeiligThuis").asBoolean()).isTrue();
        assertThat(result.get("acuteOnveiligheid").asBoolean()).as(kind).isEqualTo(acuut);
    }

    @Test
    void aDisclosureWithoutAVermoedenOrAKindWithoutAfweging2JaIsA400ProblemInDutch() {
        HttpResponse<String> disclosureNee = api.post(
                "/api/v1/afwegingskaders/" + kader + "/evaluaties", "{\"vermoeden\":false,\"disclosure\":true}", token);
        HttpResponse<String> kindWithNee = api.post(
                "/api/v1/afwegingskaders/" + kader + "/evaluaties",
                "{\"vermoeden\":true,\"acuteOfStructureleOnveiligheid\":false,\"soortOnveiligheid\":\"ACUUT\"}",
                token);

        for (HttpResponse<String> response : java.util.List.of(disclosureNee, kindWithNee)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
        }
        assertThat(ApiTestClient.json(disclosureNee)
                        .get("fouten")
                        .get(0)
                        .get("veld")
                        .asText())
                .isEqualTo("vermoeden");
        assertThat(ApiTestClient.json(disclosureNee)
                        .get("fouten")
                        .get(0)
                        .get("melding")
                        .asText())
                .contains("disclosure");
        assertThat(ApiTestClient.json(kindWithNee)
                        .get("fouten")
                        .get(0)
                        .get("veld")
                        .asText())
                .isEqualTo("soortOnveiligheid");
    }

    @Test
    void helpThatMissesARequirementIsNotAdequateAndLeadsToAMelding() {
        String body = "{\"vermoeden\":true,\"acuteOfStructureleOnveiligheid\":false,\"hulpMogelijk\":true,"
                + "\"hulpVereisten\":" + ALL_MET.replace("\"focusOpVeiligheid\":true", "\"focusOpVeiligheid\":false")
                + ",\"hulpAanvaard\":true}";

        JsonNode result = ApiTestClient.json(api.post("/api/v1/afwegingskaders/" + kader + "/evaluaties", body, token));

        assertThat(result.get("uitkomst").asText()).isEqualTo("MELDEN");
        assertThat(result.get("meldenNoodzakelijk").asBoolean()).isTrue();
    }

    @Test
    void badInputIsA400ProblemInDutchAndAnUnknownKaderA404() {
        HttpResponse<String> noVermoeden = api.post("/api/v1/afwegingskaders/" + kader + "/evaluaties", "{}", token);
        HttpResponse<String> malformed =
                api.post("/api/v1/afwegingskaders/" + kader + "/evaluaties", "{\"vermoeden\":", token);
        HttpResponse<String> wrongType =
                api.post("/api/v1/afwegingskaders/" + kader + "/evaluaties", "{\"vermoeden\":\"ja\"}", token);
        HttpResponse<String> halfChecklist = api.post(
                "/api/v1/afwegingskaders/" + kader + "/evaluaties",
                "{\"vermoeden\":true,\"acuteOfStructureleOnveiligheid\":false,\"hulpMogelijk\":true,"
                        + "\"hulpVereisten\":{\"zichtOpVeiligheid\":true}}",
                token);
        HttpResponse<String> unknown =
                api.post("/api/v1/afwegingskaders/bestaat-niet/evaluaties", "{\"vermoeden\":true}", token);

        for (HttpResponse<String> response : java.util.List.of(noVermoeden, malformed, wrongType, halfChecklist)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
        }
        assertThat(ApiTestClient.json(noVermoeden)
                        .get("fouten")
                        .get(0)
                        .get("veld")
                        .asText())
                .isEqualTo("vermoeden");
        assertThat(ApiTestClient.json(noVermoeden)
                        .get("fouten")
                        .get(0)
                        .get("melding")
                        .asText())
                .contains("afweging 1");
        assertThat(ApiTestClient.json(halfChecklist).get("fouten").size()).isEqualTo(4);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(api.post("/api/v1/afwegingskaders/" + kader + "/evaluaties", "{\"vermoeden\":true}", null)
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void theEvaluationIsInTheOpenApiDocument() {
        JsonNode doc = ApiTestClient.json(api.get("/api/v1/openapi.json", null));

        assertThat(doc.get("paths").has("/afwegingskaders/{kadercode}/evaluaties"))
                .isTrue();
        JsonNode schemas = doc.get("components").get("schemas");
        assertThat(schemas.get("EvaluatieVerzoek").get("required").toString()).contains("vermoeden");
        assertThat(schemas.get("Evaluatie")
                        .get("properties")
                        .get("uitkomst")
                        .get("enum")
                        .toString())
                .contains("ONVOLLEDIG", "HULP_AFSLUITEN_MET_AFSPRAKEN");
        assertThat(schemas.get("HulpVereisten").get("required").size()).isEqualTo(5);
    }
}
