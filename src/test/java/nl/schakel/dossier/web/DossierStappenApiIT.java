package nl.schakel.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.ApiTestClient;
import nl.schakel.TestActors;
import nl.schakel.TotpCodes;
import nl.schakel.WebIT;
import nl.schakel.WebITSupport;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.identity.ApiClients;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.identity.NewAccount;
import nl.schakel.organisation.OrganisationManagement;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Contract tests of the steps of the dossier API (ADR-0014) beyond signalen and consultaties: the gesprek, the
 * kindcheck and mantelzorgcheck, the afwegingen under the member's kader, the beslissingen, the hulpplan and closing.
 * Each is written as the named member, read back in the journal, logged with the client and on whose behalf, refused
 * for another tenant, and answered with a 400 problem in Dutch for bad input or a step out of turn.
 */
@WebIT
class DossierStappenApiIT extends WebITSupport {

    private static final String SCHOOL = "school-demo";
    private static final String NOORD = "vt-noord-demo";
    private static final String SAM = "{\"betrokkenen\":[{\"naam\":\"Sam Voorbeeld\",\"geboortedatum\":\"2017-05-04\","
            + "\"relatie\":\"KIND\"}]}";
    /** An adult client: the mantelzorgcheck is only for an adult (Mantelzorgcheck.pastBij). */
    private static final String MIRA =
            "{\"betrokkenen\":[{\"naam\":\"Mira Voorbeeld\",\"geboortedatum\":\"1980-05-04\","
                    + "\"relatie\":\"CLIENT\"}]}";

    private static final String ALLE_VEREISTEN = "[\"ZICHT_OP_VEILIGHEID\",\"AFSPRAKEN_OVER_SAMENWERKING_EN_REGIE\","
            + "\"ZICHT_OP_HERHALING_EN_PATRONEN\",\"FOCUS_OP_VEILIGHEID\",\"AANDACHT_VOOR_HERSTEL\"]";

    @Autowired
    DossierManagement dossiers;

    @Autowired
    IdentityManagement identity;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    ApiClients apiClients;

    private ApiTestClient api;
    private String school;

    @BeforeEach
    void client() {
        api = new ApiTestClient(port);
        school = api.token(SCHOOL, SCHOOL + "-secret");
    }

    private String today() {
        return dossiers.today().toString();
    }

    private String open(String member) {
        return open(member, SAM);
    }

    private String open(String member, String betrokkenen) {
        HttpResponse<String> created = api.post("/api/v1/dossiers", betrokkenen, school, "Namens", member);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiTestClient.json(created).get("id").asText();
    }

    private HttpResponse<String> post(String id, String resource, String body, String member) {
        return api.post("/api/v1/dossiers/" + id + "/" + resource, body, school, "Namens", member);
    }

    /** Posts and expects 201 with the Location of the new entry; returns the entry's id. */
    private String created(String id, String resource, String body, String member) {
        HttpResponse<String> response = post(id, resource, body, member);
        assertThat(response.statusCode()).as(resource + ": " + response.body()).isEqualTo(201);
        String entry = ApiTestClient.json(response).get("id").asText();
        assertThat(response.headers().firstValue("Location"))
                .contains("/api/v1/dossiers/" + id + "/vastleggingen/" + entry);
        return entry;
    }

    /** An answer; afweging 2 = ja is for acute onveiligheid unless {@code extra} gives the kind. */
    private static String afweging(int nummer, boolean antwoord, String extra) {
        String soort = nummer == 2 && antwoord && !extra.contains("onveiligheid") ? ",\"onveiligheid\":\"ACUUT\"" : "";
        return "{\"nummer\":" + nummer + ",\"antwoord\":" + antwoord + ",\"reden\":\"Reden bij afweging " + nummer
                + ".\"" + soort + extra + "}";
    }

    private JsonNode stand(String id, String member) {
        HttpResponse<String> response = api.get("/api/v1/dossiers/" + id + "/afwegingen", school, "Namens", member);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiTestClient.json(response);
    }

    private JsonNode entry(String id, String entry) {
        HttpResponse<String> response =
                api.get("/api/v1/dossiers/" + id + "/vastleggingen/" + entry, school, "Namens", "leerkracht");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiTestClient.json(response);
    }

    private int logRows(String event, String outcome, String client, String onBehalfOf, String objectId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE event = ? AND outcome = ? AND username = ?"
                        + " AND role = 'API_KOPPELING' AND on_behalf_of = ? AND object_id = ?",
                Integer.class,
                event,
                outcome,
                client,
                onBehalfOf,
                objectId);
    }

    private int entries(String id) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM dossier.journal_entry WHERE dossier_id = ?::uuid", Integer.class, id);
    }

    @Test
    void stepsOneAndThreeAreRecordedAndReadBack() {
        String id = open("leerkracht", MIRA);

        String gevoerd = created(
                id,
                "gesprekken",
                "{\"gevoerd\":true,\"datum\":\"" + today() + "\",\"metWie\":\"Moeder van Sam\","
                        + "\"besproken\":\"De blauwe plekken.\",\"reactie\":\"Geschrokken.\"}",
                "leerkracht");
        String nietGevoerd = created(
                id,
                "gesprekken",
                "{\"gevoerd\":false,\"reden\":\"VEILIGHEID_CLIENT\",\"toelichting\":\"Sam is dan niet veilig.\","
                        + "\"alsnog\":true}",
                "leerkracht");
        String kindcheck = created(
                id,
                "kindchecks",
                "{\"aanleidingen\":[\"PARTNERGEWELD\"],\"minderjarigen\":\"JA\",\"aantal\":2,\"leeftijden\":[4,9],"
                        + "\"zorg\":\"GEDEELD\",\"zwangerschap\":\"NEE\"}",
                "leerkracht");
        String mantelzorg = created(
                id,
                "mantelzorgchecks",
                "{\"zorgrelatie\":\"GEEFT_ZORG\",\"wie\":\"Opa\",\"signalen\":\"Oververmoeid.\",\"uitkomst\":\"ZORGEN\"}",
                "leerkracht");

        JsonNode g = entry(id, gevoerd);
        assertThat(g.get("soort").asText()).isEqualTo("GESPREK");
        assertThat(g.get("inhoud").get("gevoerd").asBoolean()).isTrue();
        assertThat(g.get("inhoud").get("datum").asText()).isEqualTo(today());
        assertThat(g.get("inhoud").get("metWie").asText()).isEqualTo("Moeder van Sam");
        JsonNode skipped = entry(id, nietGevoerd).get("inhoud");
        assertThat(skipped.get("gevoerd").asBoolean()).isFalse();
        assertThat(skipped.get("reden").asText()).isEqualTo("VEILIGHEID_CLIENT");
        assertThat(skipped.get("alsnog").asBoolean()).isTrue();
        assertThat(skipped.get("datum").isNull()).isTrue();
        JsonNode k = entry(id, kindcheck);
        assertThat(k.get("soort").asText()).isEqualTo("KINDCHECK");
        assertThat(k.get("inhoud").get("uitkomst").asText()).isEqualTo("POSITIEF");
        assertThat(k.get("inhoud").get("leeftijden").toString()).isEqualTo("[4,9]");
        assertThat(k.get("inhoud").get("aanleidingen").toString()).contains("PARTNERGEWELD");
        JsonNode m = entry(id, mantelzorg);
        assertThat(m.get("soort").asText()).isEqualTo("MANTELZORGCHECK");
        assertThat(m.get("inhoud").get("wie").asText()).isEqualTo("Opa");
        assertThat(m.get("inhoud").get("uitkomst").asText()).isEqualTo("ZORGEN");
        JsonNode journaal = ApiTestClient.json(api.get("/api/v1/dossiers/" + id, school, "Namens", "leerkracht"))
                .get("journaal");
        assertThat(journaal.findValuesAsText("soort"))
                .containsExactly("MANTELZORGCHECK", "KINDCHECK", "GESPREK", "GESPREK");

        String correctie = created(
                id,
                "correcties",
                "{\"corrigeert\":\"" + mantelzorg + "\",\"reden\":\"Het is oma.\",\"mantelzorgcheck\":"
                        + "{\"zorgrelatie\":\"GEEFT_ZORG\",\"wie\":\"Oma\",\"uitkomst\":\"ZORGEN\"}}",
                "leerkracht");
        assertThat(entry(id, correctie).get("corrigeert").asText()).isEqualTo(mantelzorg);
        assertThat(entry(id, correctie).get("inhoud").get("wie").asText()).isEqualTo("Oma");
        assertThat(entry(id, mantelzorg).get("gecorrigeerd").asBoolean()).isTrue();
        HttpResponse<String> badCorrection = post(
                id,
                "correcties",
                "{\"corrigeert\":\"" + gevoerd + "\",\"reden\":\"Datum.\",\"gesprek\":{\"gevoerd\":true,"
                        + "\"datum\":\"2999-01-01\"}}",
                "leerkracht");
        assertThat(badCorrection.statusCode()).as(badCorrection.body()).isEqualTo(400);
        assertThat(ApiTestClient.json(badCorrection).get("fouten").findValuesAsText("veld"))
                .contains("gesprek.datum", "gesprek.metWie");
    }

    @Test
    void theAfwegingenFollowTheKaderOfTheMembersBeroepsclusterUpToHelpAndClosing() {
        String id = open("leerkracht");

        JsonNode start = stand(id, "leerkracht");
        assertThat(start.get("kaderCode").asText()).isEqualTo("onderwijs");
        assertThat(start.get("kaderVersie").asText()).isNotBlank();
        assertThat(start.get("stap").asInt()).isEqualTo(4);
        assertThat(start.get("volgendeAfweging").asInt()).isEqualTo(1);
        assertThat(start.get("vraag").asText()).contains("vermoeden");
        assertThat(start.get("antwoorden").size()).isZero();
        assertThat(start.get("beslissingenMogelijk").asBoolean()).isFalse();
        assertThat(start.get("blokkades").get(0).asText()).contains("afweging 1");

        String eerste = created(id, "afwegingen", afweging(1, true, ""), "leerkracht");
        created(id, "afwegingen", afweging(2, false, ""), "leerkracht");
        created(id, "afwegingen", afweging(3, true, ",\"vereisten\":" + ALLE_VEREISTEN), "leerkracht");
        created(id, "afwegingen", afweging(4, true, ""), "leerkracht");

        JsonNode a = entry(id, eerste);
        assertThat(a.get("soort").asText()).isEqualTo("AFWEGING");
        assertThat(a.get("inhoud").get("nummer").asInt()).isEqualTo(1);
        assertThat(a.get("inhoud").get("antwoord").asBoolean()).isTrue();
        assertThat(a.get("inhoud").get("kaderCode").asText()).isEqualTo("onderwijs");
        JsonNode hulp = stand(id, "leerkracht");
        assertThat(hulp.get("antwoorden").findValuesAsText("nummer")).containsExactly("1", "2", "3", "4");
        assertThat(hulp.get("antwoorden").get(2).get("vereisten").size()).isEqualTo(5);
        assertThat(hulp.get("uitkomst").asText()).isEqualTo("HULP_BIEDEN");
        assertThat(hulp.get("volgendeAfweging").isNull()).isTrue();
        assertThat(hulp.get("hulpplanNodig").asBoolean()).isTrue();
        assertThat(hulp.get("meldenNodig").asBoolean()).isFalse();
        assertThat(hulp.get("meldnorm").isNull()).isTrue();
        assertThat(hulp.get("beslissingenMogelijk").asBoolean()).isTrue();

        String b1 = created(
                id, "beslissingen", "{\"nummer\":1,\"antwoord\":false,\"reden\":\"Hulp is genoeg.\"}", "leerkracht");
        created(
                id,
                "beslissingen",
                "{\"nummer\":2,\"antwoord\":true,\"reden\":\"Schoolmaatschappelijk werk.\",\"vereisten\":"
                        + ALLE_VEREISTEN + "}",
                "leerkracht");
        String plan = created(
                id,
                "hulpplannen",
                "{\"plan\":\"Gesprekken met het gezin.\",\"wie\":\"Schoolmaatschappelijk werk\",\"herbeoordeling\":\""
                        + dossiers.today().plusWeeks(6) + "\"}",
                "leerkracht");

        assertThat(entry(id, b1).get("inhoud").get("antwoord").asBoolean()).isFalse();
        assertThat(entry(id, plan).get("soort").asText()).isEqualTo("HULPPLAN");
        assertThat(entry(id, plan).get("inhoud").get("wie").asText()).isEqualTo("Schoolmaatschappelijk werk");
        JsonNode metPlan = stand(id, "leerkracht");
        assertThat(metPlan.get("beslissing1").get("antwoord").asBoolean()).isFalse();
        assertThat(metPlan.get("beslissing2").get("geldt").asBoolean()).isTrue();
        assertThat(metPlan.get("hulpplanNodig").asBoolean()).isFalse();
        assertThat(metPlan.get("volgendeAfweging").asInt()).isEqualTo(5);

        created(id, "afwegingen", afweging(5, true, ",\"afspraken\":\"Mentor volgt Sam.\""), "leerkracht");
        assertThat(stand(id, "leerkracht").get("afsluitenAdvies").asBoolean()).isTrue();
        String slot = created(id, "afsluiting", "{\"notitie\":\"De hulp heeft gewerkt.\"}", "leerkracht");

        JsonNode dossier = ApiTestClient.json(api.get("/api/v1/dossiers/" + id, school, "Namens", "leerkracht"));
        assertThat(dossier.get("status").asText()).isEqualTo("GESLOTEN");
        JsonNode newest = dossier.get("journaal").get(0);
        assertThat(newest.get("id").asText()).isEqualTo(slot);
        assertThat(newest.get("soort").asText()).isEqualTo("AFSLUITING");
        assertThat(newest.get("inhoud").get("notitie").asText()).isEqualTo("De hulp heeft gewerkt.");
        assertThat(dossier.get("journaal").findValuesAsText("soort")).contains("BESLISSING", "HULPPLAN");
        assertThat(stand(id, "leerkracht").get("gesloten").asBoolean()).isTrue();
        HttpResponse<String> afterClosing = post(
                id, "gesprekken", "{\"gevoerd\":false,\"reden\":\"VEILIGHEID_CLIENT\",\"alsnog\":false}", "leerkracht");
        assertProblem(afterClosing, "", "gesloten");
    }

    @Test
    void acuteOnveiligheidGivesMeldnorm1AndMeldenIsNeeded() {
        String id = open("leerkracht");
        created(id, "afwegingen", afweging(1, true, ""), "leerkracht");
        created(id, "afwegingen", afweging(2, true, ""), "leerkracht");

        JsonNode stand = stand(id, "leerkracht");

        assertThat(stand.get("uitkomst").asText()).isEqualTo("MELDEN");
        assertThat(stand.get("meldnorm").asInt()).isEqualTo(1);
        assertThat(stand.get("meldnormTekst").asText()).contains("acute");
        assertThat(stand.get("meldenNodig").asBoolean()).isTrue();
        assertThat(stand.get("meldenMogelijk").asBoolean()).isTrue();
        assertThat(stand.get("samenMetVeiligThuis").asBoolean()).isTrue();
        assertThat(stand.get("toegestaanBeslissing1").toString()).isEqualTo("[true]");
    }

    @Test
    void structureleOnveiligheidIsMeldnorm1WithoutTheAcceleratedPathAndTheKindIsRequired() {
        String id = open("leerkracht");
        created(
                id,
                "signalen",
                "{\"datum\":\"" + today() + "\",\"waarneming\":\"Besnijdenis gepland.\",\"soort\":\"FEIT\","
                        + "\"vormen\":[\"VROUWELIJKE_GENITALE_VERMINKING\"]}",
                "leerkracht");
        created(id, "afwegingen", afweging(1, true, ""), "leerkracht");

        HttpResponse<String> withoutKind =
                post(id, "afwegingen", "{\"nummer\":2,\"antwoord\":true,\"reden\":\"Onveilig.\"}", "leerkracht");
        assertProblem(withoutKind, "onveiligheid", "acuut, structureel of allebei");
        HttpResponse<String> kindWithNee =
                post(id, "afwegingen", afweging(2, false, ",\"onveiligheid\":\"ACUUT\""), "leerkracht");
        assertProblem(kindWithNee, "onveiligheid", "alleen bij afweging 2 = ja");
        created(id, "afwegingen", afweging(2, true, ",\"onveiligheid\":\"STRUCTUREEL\""), "leerkracht");

        JsonNode stand = stand(id, "leerkracht");
        assertThat(stand.get("meldnorm").asInt()).isEqualTo(1);
        assertThat(stand.get("meldenNodig").asBoolean()).isTrue();
        assertThat(stand.get("acuteOnveiligheid").asBoolean()).isFalse();
        assertThat(stand.get("structureleOnveiligheid").asBoolean()).isTrue();
        assertThat(stand.get("meldenMogelijk").asBoolean()).isFalse();
        assertThat(stand.get("blokkades").toString()).contains("deskundige");
        assertThat(stand.get("antwoorden").get(1).get("onveiligheid").asText()).isEqualTo("STRUCTUREEL");
    }

    /** Records a signaal that is a disclosure: Sam told it on his own. */
    private void disclosure(String id) {
        created(
                id,
                "signalen",
                "{\"datum\":\"" + today() + "\",\"waarneming\":\"Sam vertelde het zelf.\",\"soort\":\"FEIT\","
                        + "\"disclosure\":true}",
                "leerkracht");
    }

    @Test
    void afweging1NeeAfterADisclosureIsA400ProblemInDutch() {
        String id = open("leerkracht");
        disclosure(id);

        assertThat(stand(id, "leerkracht").get("toegestaneAntwoorden").toString())
                .isEqualTo("[true]");
        HttpResponse<String> nee = post(id, "afwegingen", afweging(1, false, ""), "leerkracht");

        assertProblem(nee, "antwoord", "disclosure");
        assertThat(ApiTestClient.json(nee).toString()).contains("Pas dan eerst dat signaal aan");
        assertThat(stand(id, "leerkracht").get("antwoorden").size()).isZero();
    }

    @Test
    void anAnswerOutOfTurnOrThatTheAfwegingenDoNotAllowIsA400ProblemInDutch() {
        String id = open("leerkracht");
        disclosure(id);

        HttpResponse<String> outOfTurn = post(id, "afwegingen", afweging(3, true, ""), "leerkracht");
        created(id, "afwegingen", afweging(1, true, ""), "leerkracht");
        HttpResponse<String> presetByDisclosure = post(id, "afwegingen", afweging(2, false, ""), "leerkracht");
        HttpResponse<String> notAllowed =
                post(id, "beslissingen", "{\"nummer\":1,\"antwoord\":false,\"reden\":\"Niet melden.\"}", "leerkracht");
        HttpResponse<String> beslissing2First =
                post(id, "beslissingen", "{\"nummer\":2,\"antwoord\":true,\"reden\":\"Hulp.\"}", "leerkracht");
        HttpResponse<String> noHelp = post(
                id,
                "hulpplannen",
                "{\"plan\":\"Hulp.\",\"wie\":\"Ik\",\"herbeoordeling\":\""
                        + dossiers.today().plusDays(30) + "\"}",
                "leerkracht");

        assertProblem(outOfTurn, "nummer", "niet aan de beurt");
        assertThat(outOfTurn.body()).contains("volgendeAfweging");
        assertProblem(presetByDisclosure, "nummer", "niet aan de beurt");
        assertProblem(notAllowed, "antwoord", "past niet");
        assertProblem(beslissing2First, "nummer", "beslissing 1");
        assertProblem(noHelp, "", "geen hulp");
        JsonNode stand = stand(id, "leerkracht");
        assertThat(stand.get("disclosure").asBoolean()).isTrue();
        assertThat(stand.get("volgendeAfweging").asInt())
                .as("a disclosure answers afweging 2 (rule 13): afweging 3 follows, with Veilig Thuis")
                .isEqualTo(3);
        assertThat(stand.get("meldnorm").asInt()).isEqualTo(1);
        assertThat(stand.get("toegestaanBeslissing1").toString()).isEqualTo("[true]");
        assertThat(entries(id)).isEqualTo(2);
    }

    private static void assertProblem(HttpResponse<String> response, String veld, String melding) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain(".fout.");
        JsonNode fouten = ApiTestClient.json(response).get("fouten");
        assertThat(fouten.toString()).doesNotContain("pagina");
        assertThat(fouten.findValuesAsText("veld")).contains(veld);
        assertThat(fouten.toString()).contains(melding);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "gesprek without gevoerd | gesprekken | {} | gevoerd | gevoerd",
                "gesprek in the future | gesprekken | {\"gevoerd\":true,\"datum\":\"2999-01-01\",\"metWie\":\"Moeder\",\"besproken\":\"Zorgen.\",\"reactie\":\"Boos.\"} | datum | toekomst",
                "held gesprek without its fields | gesprekken | {\"gevoerd\":true} | besproken | besprak",
                "skipped gesprek without reason | gesprekken | {\"gevoerd\":false} | reden | niet voerde",
                "reason not on the allowed list | gesprekken | {\"gevoerd\":false,\"reden\":\"GEEN_TIJD\",\"alsnog\":false} | reden | VEILIGHEID_CLIENT",
                "kindcheck without answers | kindchecks | {} | minderjarigen | minderjarige",
                "kindcheck wrong enum | kindchecks | {\"minderjarigen\":\"MISSCHIEN\",\"zwangerschap\":\"NEE\"} | minderjarigen | ONDUIDELIJK",
                "kindcheck ages that do not fit | kindchecks | {\"minderjarigen\":\"JA\",\"aantal\":2,\"leeftijden\":[4,30],\"zorg\":\"ALLEEN\",\"zwangerschap\":\"NEE\"} | leeftijden | leeftijd",
                "mantelzorgcheck without answers | mantelzorgchecks | {} | zorgrelatie | mantelzorg",
                "mantelzorgcheck with a BSN | mantelzorgchecks | {\"zorgrelatie\":\"GEEFT_ZORG\",\"wie\":\"Opa 111222333\",\"uitkomst\":\"ZORGEN\"} | wie | burgerservicenummer",
                "afweging without fields | afwegingen | {} | nummer | bestaat niet",
                "afweging without reason | afwegingen | {\"nummer\":1,\"antwoord\":true} | reden | waarom",
                "afweging with a wrong number | afwegingen | {\"nummer\":7,\"antwoord\":true,\"reden\":\"Ja.\"} | nummer | bestaat niet",
                "afweging with a word for an answer | afwegingen | {\"nummer\":1,\"antwoord\":\"misschien\",\"reden\":\"Ja.\"} | antwoord | true of false",
                "afweging out of turn | afwegingen | {\"nummer\":2,\"antwoord\":true,\"reden\":\"Ja.\",\"onveiligheid\":\"ACUUT\"} | nummer | niet aan de beurt",
                "afweging wrong vereiste | afwegingen | {\"nummer\":1,\"antwoord\":true,\"reden\":\"Ja.\",\"vereisten\":[\"GOED\"]} | vereisten[0] | FOCUS_OP_VEILIGHEID",
                "beslissing before afweging 1 | beslissingen | {\"nummer\":1,\"antwoord\":true,\"reden\":\"Melden.\"} | '' | afweging 1",
                "beslissing 3 | beslissingen | {\"nummer\":3,\"antwoord\":true,\"reden\":\"Melden.\"} | nummer | bestaat niet",
                "beslissing without fields | beslissingen | {\"nummer\":1} | reden | beslist",
                "hulpplan in the past | hulpplannen | {\"plan\":\"Hulp.\",\"wie\":\"Ik\",\"herbeoordeling\":\"2000-01-01\"} | herbeoordeling | na vandaag",
                "hulpplan with a malformed date | hulpplannen | {\"plan\":\"Hulp.\",\"wie\":\"Ik\",\"herbeoordeling\":\"volgende week\"} | herbeoordeling | JJJJ-MM-DD",
                "afsluiting without notitie | afsluiting | {} | notitie | notitie",
                "kader chosen by a member who has a beroepscluster | beroepscluster | {\"beroepscluster\":\"ARTSEN\"} | beroepscluster | al een beroepsgroep",
                "correction of two kinds at once | correcties | {\"corrigeert\":\"00000000-0000-0000-0000-000000000001\",\"reden\":\"X.\",\"gesprek\":{\"gevoerd\":false,\"reden\":\"VEILIGHEID_CLIENT\",\"alsnog\":false},\"mantelzorgcheck\":{\"zorgrelatie\":\"GEEN\",\"uitkomst\":\"GEEN_ZORGEN\"}} | '' | precies één"
            })
    void badInputIsA400ProblemWithDutchMessagesAndSavesNothing(
            String name, String resource, String body, String veld, String melding) {
        String id = open("leerkracht");

        HttpResponse<String> response = post(id, resource, body, "leerkracht");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.body())
                .doesNotContain("Exception")
                .doesNotContain("at nl.schakel")
                .doesNotContain(".fout.");
        JsonNode fouten = ApiTestClient.json(response).get("fouten");
        List<String> velden = new ArrayList<>(fouten.findValuesAsText("veld"));
        assertThat(velden).contains(veld);
        assertThat(fouten.toString()).containsIgnoringCase(melding);
        assertThat(entries(id)).isZero();
    }

    @Test
    void anotherTenantOrAColleagueWithoutAccessGetsNotFoundAndTheProbeIsLogged() {
        String id = open("leerkracht");
        String noord = api.token(NOORD, NOORD + "-secret");
        String colleague = TestActors.enrolledSchoolMember(identity, jdbc, "api-stap-collega");
        List<String[]> calls = List.of(
                new String[] {"gesprekken", "{\"gevoerd\":false,\"reden\":\"VEILIGHEID_CLIENT\",\"alsnog\":false}"},
                new String[] {"kindchecks", "{\"minderjarigen\":\"NEE\",\"zwangerschap\":\"NEE\"}"},
                new String[] {"mantelzorgchecks", "{\"zorgrelatie\":\"GEEN\",\"uitkomst\":\"GEEN_ZORGEN\"}"},
                new String[] {"afwegingen", afweging(1, true, "")},
                new String[] {"beslissingen", "{\"nummer\":1,\"antwoord\":true,\"reden\":\"Melden.\"}"},
                new String[] {"hulpplannen", "{\"plan\":\"Hulp.\",\"wie\":\"Ik\",\"herbeoordeling\":\"2999-01-01\"}"},
                new String[] {"afsluiting", "{\"notitie\":\"Klaar.\"}"});

        for (String[] call : calls) {
            HttpResponse<String> other =
                    api.post("/api/v1/dossiers/" + id + "/" + call[0], call[1], noord, "Namens", "vt-noord");
            HttpResponse<String> notShared = post(id, call[0], call[1], colleague);
            for (HttpResponse<String> probe : List.of(other, notShared)) {
                assertThat(probe.statusCode()).as(call[0] + ": " + probe.body()).isEqualTo(404);
                assertThat(probe.headers().firstValue("Content-Type").orElseThrow())
                        .startsWith("application/problem+json");
                assertThat(probe.body()).doesNotContain("Sam Voorbeeld");
            }
        }
        HttpResponse<String> read = api.get("/api/v1/dossiers/" + id + "/afwegingen", noord, "Namens", "vt-noord");
        assertThat(read.statusCode()).isEqualTo(404);

        assertThat(entries(id)).isZero();
        assertThat(logRows("dossier.afweging.create", "GEWEIGERD", NOORD, "vt-noord", id))
                .isEqualTo(1);
        assertThat(logRows("dossier.gesprek.create", "GEWEIGERD", SCHOOL, colleague, id))
                .isEqualTo(1);
        assertThat(logRows("dossier.afwegingen.read", "GEWEIGERD", NOORD, "vt-noord", id))
                .isEqualTo(1);
    }

    @Test
    void aMantelzorgcheckForAChildIsRefusedInDutch() {
        String id = open("leerkracht");
        HttpResponse<String> refused =
                post(id, "mantelzorgchecks", "{\"zorgrelatie\":\"GEEN\",\"uitkomst\":\"GEEN_ZORGEN\"}", "leerkracht");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("De mantelzorgcheck is er alleen voor een volwassen cliënt.");
        assertThat(entries(id)).isZero();
    }

    @Test
    void everyCallIsLoggedOnceWithTheClientAndOnWhoseBehalf() {
        String member = TestActors.enrolledSchoolMember(identity, jdbc, "api-stap-log");
        String id = open(member, MIRA);
        created(id, "gesprekken", "{\"gevoerd\":false,\"reden\":\"CONTACT_VERBREKEN\",\"alsnog\":false}", member);
        created(id, "kindchecks", "{\"minderjarigen\":\"NEE\",\"zwangerschap\":\"NEE\"}", member);
        created(id, "mantelzorgchecks", "{\"zorgrelatie\":\"GEEN\",\"uitkomst\":\"GEEN_ZORGEN\"}", member);
        stand(id, member);
        created(id, "afwegingen", afweging(1, true, ""), member);
        created(id, "afwegingen", afweging(2, false, ""), member);
        created(id, "afwegingen", afweging(3, true, ",\"vereisten\":" + ALLE_VEREISTEN), member);
        created(id, "afwegingen", afweging(4, true, ""), member);
        created(id, "beslissingen", "{\"nummer\":1,\"antwoord\":false,\"reden\":\"Hulp.\"}", member);
        created(
                id,
                "hulpplannen",
                "{\"plan\":\"Hulp.\",\"wie\":\"Ik\",\"herbeoordeling\":\""
                        + dossiers.today().plusDays(30) + "\"}",
                member);
        created(id, "afsluiting", "{\"notitie\":\"Klaar.\"}", member);

        assertThat(logRows("dossier.gesprek.create", "GESLAAGD", SCHOOL, member, id))
                .isEqualTo(1);
        assertThat(logRows("dossier.kindcheck.create", "GESLAAGD", SCHOOL, member, id))
                .isEqualTo(1);
        assertThat(logRows("dossier.mantelzorgcheck.create", "GESLAAGD", SCHOOL, member, id))
                .isEqualTo(1);
        assertThat(logRows("dossier.afwegingen.read", "GESLAAGD", SCHOOL, member, id))
                .isEqualTo(1);
        assertThat(logRows("dossier.afweging.create", "GESLAAGD", SCHOOL, member, id))
                .isEqualTo(4);
        assertThat(logRows("dossier.beslissing.create", "GESLAAGD", SCHOOL, member, id))
                .isEqualTo(1);
        assertThat(logRows("dossier.hulpplan.create", "GESLAAGD", SCHOOL, member, id))
                .isEqualTo(1);
        assertThat(logRows("dossier.afsluiting.create", "GESLAAGD", SCHOOL, member, id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE on_behalf_of = ?", Integer.class, member))
                .as("one row per call: the dossier, 10 writes and one read")
                .isEqualTo(12);
    }

    @Test
    void aChangedAfwegingIsACorrectionThatTheRouteMustAllow() {
        String id = open("leerkracht");
        created(id, "afwegingen", afweging(1, true, ""), "leerkracht");
        String twee = created(id, "afwegingen", afweging(2, false, ""), "leerkracht");
        created(id, "afwegingen", afweging(3, false, ""), "leerkracht");
        assertThat(stand(id, "leerkracht").get("meldnorm").asInt()).isEqualTo(2);

        String changed = created(
                id,
                "correcties",
                "{\"corrigeert\":\"" + twee + "\",\"reden\":\"Toch acuut.\",\"afweging\":" + afweging(2, true, "")
                        + "}",
                "leerkracht");

        assertThat(entry(id, changed).get("corrigeert").asText()).isEqualTo(twee);
        JsonNode stand = stand(id, "leerkracht");
        assertThat(stand.get("meldnorm").asInt()).isEqualTo(1);
        JsonNode afweging2 = stand.get("antwoorden").get(1);
        assertThat(afweging2.get("nummer").asInt()).isEqualTo(2);
        assertThat(afweging2.get("antwoord").asBoolean()).isTrue();
        assertThat(afweging2.get("vastlegging").asText()).isEqualTo(changed);
        HttpResponse<String> notInForce = post(
                id,
                "correcties",
                "{\"corrigeert\":\"" + twee + "\",\"reden\":\"Nog eens.\",\"afweging\":" + afweging(2, false, "") + "}",
                "leerkracht");
        HttpResponse<String> noReason = post(
                id,
                "correcties",
                "{\"corrigeert\":\"" + changed + "\",\"afweging\":{\"nummer\":2,\"antwoord\":false}}",
                "leerkracht");
        assertProblem(notInForce, "corrigeert", "geldt niet meer");
        assertProblem(noReason, "reden", "wijzigt");
        assertThat(ApiTestClient.json(noReason).get("fouten").findValuesAsText("veld"))
                .contains("afweging.reden");
    }

    @Test
    void aMemberWithoutBeroepsclusterChoosesTheKaderFirstAsOnThePages() {
        // Under the demo school's meldprotocol the protocol gives the kader and nobody chooses one.
        String onderProtocol = TestActors.uniqueUsername("api-onder-protocol");
        identity.createSystemAccount(
                new NewAccount(
                        onderProtocol,
                        "Test " + onderProtocol,
                        TotpCodes.DEMO_PASSWORD,
                        new TenantId(TestActors.tenantId(jdbc, TestActors.SCHOOL)),
                        TenantKind.ORGANISATIE,
                        null,
                        Role.BEROEPSKRACHT,
                        null),
                TotpCodes.DEMO_SECRET);
        String metProtocol = open(onderProtocol);
        assertProblem(
                post(metProtocol, "beroepscluster", "{\"beroepscluster\":\"ARTSEN\"}", onderProtocol),
                "beroepscluster",
                "meldprotocol");
        assertThat(stand(metProtocol, onderProtocol).get("kaderCode").asText()).isEqualTo("onderwijs");

        // In an organisation without a meldprotocol the member chooses, as on the pages.
        TenantId zonderProtocol = organisation.createSystemTenant(
                "School zonder meldprotocol " + UUID.randomUUID().toString().substring(0, 8),
                TenantKind.ORGANISATIE,
                Set.of("onderwijs"),
                Set.of(Beroepscluster.ONDERWIJS));
        String client = TestActors.uniqueUsername("api-zonder-protocol");
        apiClients.register(zonderProtocol, client, client + "-secret", "Leerlingvolgsysteem (test)");
        school = api.token(client, client + "-secret");
        String member = TestActors.uniqueUsername("api-zonder-cluster");
        identity.createSystemAccount(
                new NewAccount(
                        member,
                        "Test " + member,
                        TotpCodes.DEMO_PASSWORD,
                        zonderProtocol,
                        TenantKind.ORGANISATIE,
                        null,
                        Role.BEROEPSKRACHT,
                        null),
                TotpCodes.DEMO_SECRET);
        String id = open(member);

        JsonNode geenKader = stand(id, member);
        HttpResponse<String> tooEarly = post(id, "afwegingen", afweging(1, true, ""), member);
        created(id, "beroepscluster", "{\"beroepscluster\":\"ARTSEN\"}", member);
        created(id, "afwegingen", afweging(1, true, ""), member);

        assertThat(geenKader.get("beroepsclusterKiezen").asBoolean()).isTrue();
        assertThat(geenKader.get("kaderCode").isNull()).isTrue();
        assertThat(geenKader.get("volgendeAfweging").isNull()).isTrue();
        assertProblem(tooEarly, "", "beroepsgroep");
        JsonNode stand = stand(id, member);
        assertThat(stand.get("kaderCode").asText()).isEqualTo("artsen");
        assertThat(stand.get("stap").asInt()).as("artsen weigh in step 5").isEqualTo(5);
        assertThat(stand.get("antwoorden").get(0).get("kaderCode").asText()).isEqualTo("artsen");
    }

    @Test
    void theOpenApiDocumentDescribesTheSteps() {
        JsonNode doc = ApiTestClient.json(api.get("/api/v1/openapi.json", null));

        JsonNode paths = doc.get("paths");
        for (String path : List.of(
                "gesprekken",
                "kindchecks",
                "mantelzorgchecks",
                "afwegingen",
                "beslissingen",
                "hulpplannen",
                "afsluiting",
                "beroepscluster")) {
            JsonNode post = paths.get("/dossiers/{id}/" + path).get("post");
            assertThat(post).as(path).isNotNull();
            assertThat(post.get("responses").has("201")).as(path).isTrue();
            assertThat(post.get("parameters").findValuesAsText("name")).as(path).contains("Namens", "id");
        }
        assertThat(paths.get("/dossiers/{id}/afwegingen").has("get")).isTrue();

        JsonNode schemas = doc.get("components").get("schemas");
        assertThat(schemas.get("NieuwGesprek").get("required").toString()).contains("gevoerd");
        assertThat(schemas.get("NieuwGesprek").get("properties").get("reden").toString())
                .contains("VEILIGHEID_CLIENT", "VEILIGHEID_PROFESSIONAL", "VEILIGHEID_ANDEREN", "CONTACT_VERBREKEN");
        assertThat(schemas.get("NieuwGesprek")
                        .get("properties")
                        .get("datum")
                        .get("format")
                        .asText())
                .isEqualTo("date");
        assertThat(schemas.get("NieuweKindcheck").get("required").toString()).contains("minderjarigen", "zwangerschap");
        assertThat(schemas.get("NieuweKindcheck")
                        .get("properties")
                        .get("minderjarigen")
                        .toString())
                .contains("ONDUIDELIJK");
        assertThat(schemas.get("NieuweKindcheck")
                        .get("properties")
                        .get("aanleidingen")
                        .toString())
                .contains("PARTNERGEWELD");
        assertThat(schemas.get("NieuweMantelzorgcheck").get("required").toString())
                .contains("zorgrelatie", "uitkomst");
        assertThat(schemas.get("NieuweMantelzorgcheck")
                        .get("properties")
                        .get("zorgrelatie")
                        .toString())
                .contains("GEEFT_ZORG", "ONTVANGT_ZORG");
        assertThat(schemas.get("NieuweAfweging").get("required").toString()).contains("nummer", "antwoord", "reden");
        assertThat(schemas.get("NieuweAfweging")
                        .get("properties")
                        .get("vereisten")
                        .toString())
                .contains("AANDACHT_VOOR_HERSTEL");
        assertThat(schemas.get("NieuweBeslissing").get("required").toString()).contains("nummer", "antwoord", "reden");
        assertThat(schemas.get("NieuwHulpplan").get("required").toString()).contains("plan", "wie", "herbeoordeling");
        assertThat(schemas.get("NieuweAfsluiting").get("required").toString()).contains("notitie");
        assertThat(schemas.get("NieuweKaderkeuze")
                        .get("properties")
                        .get("beroepscluster")
                        .toString())
                .contains("ONDERWIJS");
        JsonNode stand = schemas.get("AfwegingenStand");
        assertThat(stand.get("required").toString()).contains("antwoorden", "meldenNodig", "toegestaneAntwoorden");
        assertThat(stand.get("properties").get("uitkomst").toString()).contains("HULP_BIEDEN", "MELDEN");
        assertThat(stand.get("properties").has("kaderCode")).isTrue();
        assertThat(stand.get("properties").has("meldnorm")).isTrue();
        assertThat(stand.get("properties").has("volgendeAfweging")).isTrue();
        assertThat(schemas.get("NieuweCorrectie").get("properties").fieldNames())
                .toIterable()
                .contains("gesprek", "kindcheck", "mantelzorgcheck", "afweging");

        JsonNode inhoud =
                schemas.get("Vastlegging").get("properties").get("inhoud").get("oneOf");
        for (String kind : List.of(
                "Gesprek", "Kindcheck", "Mantelzorgcheck", "Afweging", "Beslissing", "Hulpplan", "Afsluiting")) {
            assertThat(inhoud.toString()).contains("#/components/schemas/" + kind);
            assertThat(schemas.has(kind)).as(kind).isTrue();
            assertThat(schemas.get(kind).get("properties").has("kind")).as(kind).isFalse();
        }
        assertThat(schemas.get("Gesprek").get("properties").has("alsnog")).isTrue();
        assertThat(schemas.get("Kindcheck").get("properties").has("uitkomst")).isTrue();
        assertThat(schemas.get("Afweging").get("properties").has("kaderVersie")).isTrue();
        assertThat(schemas.get("Hulpplan").get("properties").has("herbeoordeling"))
                .isTrue();
        assertThat(schemas.get("Afsluiting").get("properties").has("notitie")).isTrue();
    }
}
