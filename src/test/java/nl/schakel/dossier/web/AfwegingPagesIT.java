package nl.schakel.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.Browser;
import nl.schakel.TestActors;
import nl.schakel.WebITSupport;
import nl.schakel.dossier.AfwegingManagement;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.dossier.NewSignaal;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.VormVanGeweld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Over HTTP: the afwegingen one at a time, the beslissingen, the hulpplan and its reminder, closing and restarting. */
class AfwegingPagesIT extends WebITSupport {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    AfwegingManagement afwegingen;

    private UUID open() {
        return dossiers.open(
                TestActors.actor(jdbc, "leerkracht"),
                List.of(new NewBetrokkene("Noor Afweging", LocalDate.of(2017, 6, 1), "", Relatie.KIND)));
    }

    private void signaal(UUID id, String waarneming, Set<VormVanGeweld> vormen, boolean disclosure) {
        dossiers.addSignaal(
                TestActors.actor(jdbc, "leerkracht"),
                id,
                new NewSignaal(dossiers.today(), waarneming, SignaalSoort.FEIT, "", vormen, disclosure));
    }

    private static HttpResponse<String> answer(Browser b, String page, String... nameValues) {
        return b.post(page, page, nameValues);
    }

    @Test
    void theAfwegingenAreAskedOneAtATimeEachWithAReason() {
        UUID id = open();
        Browser b = browser().login("leerkracht");
        String page = "/dossiers/" + id + "/afwegingen";

        HttpResponse<String> first = b.get(page);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body())
                .contains("Heeft u een vermoeden van (dreiging van) huiselijk geweld")
                .doesNotContain("Schat u in dat er acute")
                .contains("stap 4")
                .contains("Voorbeelden van acute onveiligheid")
                .contains("name=\"nummer\" value=\"1\"");

        HttpResponse<String> withoutReason = answer(b, page, "nummer", "1", "antwoord", "ja", "reden", " ");
        assertThat(withoutReason.statusCode()).isEqualTo(200);
        assertThat(withoutReason.body()).contains("Schrijf op waarom u dit antwoord geeft.");

        HttpResponse<String> saved =
                answer(b, page, "nummer", "1", "antwoord", "ja", "reden", "Blauwe plekken, vaker gezien.");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(Browser.location(saved)).isEqualTo(page);

        HttpResponse<String> second = b.get(page);
        assertThat(second.body())
                .contains("Blauwe plekken, vaker gezien.")
                .contains("Schat u in dat er acute")
                .contains("name=\"nummer\" value=\"2\"")
                .contains("onderwijs 2019.1");

        HttpResponse<String> withoutKind = answer(b, page, "nummer", "2", "antwoord", "ja", "reden", "Acuut gevaar.");
        assertThat(withoutKind.statusCode()).isEqualTo(200);
        assertThat(withoutKind.body()).contains("Kies wat voor onveiligheid het is");
        answer(b, page, "nummer", "2", "antwoord", "ja", "onveiligheid", "ACUUT", "reden", "Acuut gevaar.");
        HttpResponse<String> third = b.get(page);
        assertThat(third.body())
                .contains("Meldnorm 1")
                .contains("samen met Veilig Thuis")
                .contains("href=\"/dossiers/" + id + "/melding\"");

        HttpResponse<String> show = b.get("/dossiers/" + id);
        assertThat(show.body()).contains("href=\"" + page + "\"").contains("Afweging 1: Ja");
    }

    @Test
    void afterADisclosureAfweging2OffersOnlyJaWhenChanged() {
        UUID id = open();
        Browser b = browser().login("leerkracht");
        String page = "/dossiers/" + id + "/afwegingen";
        answer(b, page, "nummer", "1", "antwoord", "ja", "reden", "vermoeden");
        answer(b, page, "nummer", "2", "antwoord", "ja", "onveiligheid", "ACUUT", "reden", "acuut");
        signaal(id, "Vertelde het zelf.", Set.of(), true);
        UUID twee = afwegingen
                .afwegingen(TestActors.actor(jdbc, "leerkracht"), id)
                .voortgang()
                .antwoord(2)
                .orElseThrow()
                .entry()
                .id();

        HttpResponse<String> wijzig = b.get(page + "/" + twee + "/wijzigen");
        assertThat(wijzig.statusCode()).isEqualTo(200);
        assertThat(wijzig.body()).contains("id=\"antwoord-ja\"").doesNotContain("id=\"antwoord-nee\"");

        HttpResponse<String> nee = b.post(
                page + "/" + twee + "/wijzigen",
                page + "/" + twee + "/wijzigen",
                "nummer",
                "2",
                "antwoord",
                "nee",
                "reden",
                "toch niet",
                "wijzigreden",
                "vergissing");
        assertThat(nee.statusCode()).isEqualTo(200);
        assertThat(nee.body()).contains("Dit antwoord past niet bij de route");
    }

    @Test
    void structureleOnveiligheidMeansMeldenButNotTheAcceleratedPath() {
        UUID id = open();
        signaal(id, "Uithuwelijking besproken.", Set.of(VormVanGeweld.EERGERELATEERD_GEWELD), false);
        Browser b = browser().login("leerkracht");
        String page = "/dossiers/" + id + "/afwegingen";
        answer(b, page, "nummer", "1", "antwoord", "ja", "reden", "vermoeden");
        assertThat(b.get(page).body()).contains("id=\"onveiligheid-STRUCTUREEL\"");

        HttpResponse<String> saved = answer(
                b, page, "nummer", "2", "antwoord", "ja", "onveiligheid", "STRUCTUREEL", "reden", "Steeds weer.");
        assertThat(saved.statusCode()).isEqualTo(302);

        String body = b.get(page).body();
        assertThat(body)
                .contains("Meldnorm 1")
                .contains("Structurele onveiligheid")
                .contains("id=\"uitkomst-structureel\"")
                .contains("raadpleegt u eerst een deskundige")
                .doesNotContain("Er is acute onveiligheid. U mag meteen melden")
                .doesNotContain("href=\"/dossiers/" + id + "/melding\"");
    }

    @Test
    void afweging1NeeAfterADisclosureIsRefusedWithAClearMessage() {
        UUID id = open();
        signaal(id, "Vertelde het zelf.", Set.of(), true);
        Browser b = browser().login("leerkracht");
        String page = "/dossiers/" + id + "/afwegingen";

        HttpResponse<String> form = b.get(page);
        assertThat(form.body())
                .contains("id=\"antwoord-ja\"")
                .doesNotContain("id=\"antwoord-nee\"")
                .contains("id=\"disclosure-vermoeden\"");

        HttpResponse<String> nee = answer(b, page, "nummer", "1", "antwoord", "nee", "reden", "geen vermoeden");
        assertThat(nee.statusCode()).isEqualTo(200);
        assertThat(nee.body())
                .contains("Er is een signaal met een disclosure")
                .contains("Pas dan eerst dat signaal aan");
        assertThat(afwegingen
                        .afwegingen(TestActors.actor(jdbc, "leerkracht"), id)
                        .voortgang()
                        .antwoord(1))
                .isEmpty();
    }

    @Test
    void beslissingenHulpplanReminderCloseAndRestart() {
        UUID id = open();
        Browser b = browser().login("leerkracht");
        String page = "/dossiers/" + id + "/afwegingen";
        answer(b, page, "nummer", "1", "antwoord", "ja", "reden", "vermoeden");
        answer(b, page, "nummer", "2", "antwoord", "nee", "reden", "niet acuut");
        HttpResponse<String> drie = b.post(
                page,
                page,
                "nummer",
                "3",
                "antwoord",
                "ja",
                "reden",
                "ib en smw",
                "vereisten",
                "ZICHT_OP_VEILIGHEID",
                "vereisten",
                "AFSPRAKEN_OVER_SAMENWERKING_EN_REGIE",
                "vereisten",
                "ZICHT_OP_HERHALING_EN_PATRONEN",
                "vereisten",
                "FOCUS_OP_VEILIGHEID",
                "vereisten",
                "AANDACHT_VOOR_HERSTEL");
        assertThat(drie.statusCode()).isEqualTo(302);
        answer(b, page, "nummer", "4", "antwoord", "ja", "reden", "ouders werken mee");

        HttpResponse<String> zonderReden =
                b.post(page, "/dossiers/" + id + "/beslissingen", "nummer", "1", "antwoord", "nee");
        assertThat(zonderReden.statusCode()).isEqualTo(200);
        assertThat(zonderReden.body()).contains("id=\"fout-b1reden\"");
        assertThat(b.post(page, "/dossiers/" + id + "/beslissingen", "nummer", "1", "antwoord", "nee", "reden", "hulp")
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> hulpPage = b.get(page);
        assertThat(hulpPage.body()).contains("Beslissing 2").contains("Hulp vastleggen");

        LocalDate datum = dossiers.today().plusDays(10);
        HttpResponse<String> plan = b.post(
                page,
                "/dossiers/" + id + "/hulpplan",
                "plan",
                "Wekelijks gesprek",
                "wie",
                "Intern begeleider",
                "herbeoordeling",
                datum.toString());
        assertThat(plan.statusCode()).isEqualTo(302);
        assertThat(b.get(page).body()).contains("name=\"nummer\" value=\"5\"");

        HttpResponse<String> close = b.post(
                "/dossiers/" + id + "/afsluiten", "/dossiers/" + id + "/afsluiten", "notitie", "Hulp loopt elders.");
        assertThat(close.statusCode()).isEqualTo(302);
        HttpResponse<String> closed = b.get("/dossiers/" + id);
        assertThat(closed.body())
                .contains("Gesloten")
                .contains("Dossier opnieuw starten")
                .contains("Hulp loopt elders.");

        HttpResponse<String> restart = b.post("/dossiers/" + id, "/dossiers/" + id + "/herstart");
        assertThat(restart.statusCode()).isEqualTo(302);
        String nieuw = Browser.location(restart);
        assertThat(nieuw).startsWith("/dossiers/").isNotEqualTo("/dossiers/" + id);
        assertThat(b.get(nieuw).body()).contains("Noor Afweging").contains("href=\"/dossiers/" + id + "\"");
        assertThat(b.get("/dossiers/" + id).body()).contains("href=\"" + nieuw + "\"");
    }

    private int logRows(UUID dossier, String event) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE object_id = ? AND event = ? AND outcome = 'GESLAAGD'",
                Integer.class,
                dossier.toString(),
                event);
    }

    @Test
    void anHtmxAnswerGetsTheNextQuestionInPlaceAndAPlainAnswerTheRedirect() {
        UUID id = open();
        Browser b = browser().login("leerkracht");
        String page = "/dossiers/" + id + "/afwegingen";
        String token = b.csrfToken(page);
        int reads = logRows(id, "dossier.afwegingen.read");
        b.header("HX-Request", "true");

        HttpResponse<String> saved =
                b.postWithToken(token, page, "nummer", "1", "antwoord", "ja", "reden", "Blauwe plekken gezien.");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body().strip())
                .startsWith("<title>Afwegen en beslissen (stap 4 en 5) – Schakel</title>")
                .contains(
                        "<div id=\"afwegingen-stappen\" hx-target=\"#afwegingen-stappen\" hx-swap=\"outerHTML\" hx-sync=\"this:drop\">")
                .contains("Uw antwoord is opgeslagen.")
                .contains("Afweging 1: Ja")
                .contains("Blauwe plekken gezien.")
                .contains("<h2 id=\"vraag\" tabindex=\"-1\" data-volgende=\"ja\">Afweging 2</h2>")
                .contains("name=\"nummer\" value=\"2\"")
                .contains("hx-post=\"" + page + "\"")
                .doesNotContain("<html", "<header", "<h1", "<footer");
        assertThat(logRows(id, "dossier.afweging.create")).isEqualTo(1);
        assertThat(logRows(id, "dossier.afwegingen.read")).isEqualTo(reads + 1);

        // Bad input: the steps again with the error summary and the field's message, status 422 for htmx.
        HttpResponse<String> refused =
                b.postWithToken(token, page, "nummer", "2", "antwoord", "ja", "onveiligheid", "ACUUT", "reden", " ");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body().strip())
                .startsWith("<title>Fout: Afwegen en beslissen (stap 4 en 5) – Schakel</title>")
                .contains("role=\"alert\"")
                .contains("href=\"#veld-reden\"")
                .contains("Schrijf op waarom u dit antwoord geeft.")
                .contains("value=\"ACUUT\" checked")
                .doesNotContain("<html");
        assertThat(logRows(id, "dossier.afweging.create")).isEqualTo(1);

        HttpResponse<String> twee = b.postWithToken(
                token, page, "nummer", "2", "antwoord", "ja", "onveiligheid", "ACUUT", "reden", "Acuut gevaar.");
        assertThat(twee.statusCode()).isEqualTo(200);
        assertThat(twee.body())
                .contains("Meldnorm 1")
                .contains("<h3 id=\"beslissing-1\" tabindex=\"-1\" data-volgende=\"ja\">")
                .contains("hx-post=\"/dossiers/" + id + "/beslissingen\"");

        HttpResponse<String> beslissing = b.postWithToken(
                token, "/dossiers/" + id + "/beslissingen", "nummer", "1", "antwoord", "ja", "reden", "Melden.");
        assertThat(beslissing.statusCode()).isEqualTo(200);
        assertThat(beslissing.body())
                .contains("Uw beslissing is opgeslagen.")
                .contains("<h3 id=\"beslissing-2\" tabindex=\"-1\" data-volgende=\"ja\">")
                .contains("href=\"/dossiers/" + id + "/melding\"")
                .doesNotContain("<html");

        // Without the header: the plain form post as before, a redirect to the page (post/redirect/get).
        b.header("HX-Request", null);
        HttpResponse<String> plain = b.postWithToken(
                token, "/dossiers/" + id + "/beslissingen", "nummer", "2", "antwoord", "nee", "reden", "Niet genoeg.");
        assertThat(plain.statusCode()).isEqualTo(302);
        assertThat(Browser.location(plain)).isEqualTo(page + "#beslissingen");
        HttpResponse<String> plainRefused = b.postWithToken(token, page, "nummer", "3", "antwoord", "ja", "reden", "");
        assertThat(plainRefused.statusCode()).isEqualTo(200);
        assertThat(plainRefused.body()).contains("<html").contains("role=\"alert\"");
    }

    @Test
    void aDraftIsRemovedOnceHtmxSavedTheForm() {
        UUID id = open();
        Browser b = browser().login("leerkracht");
        String page = "/dossiers/" + id + "/afwegingen";
        String token = b.csrfToken(page);
        String key = "afweging1:" + id;
        b.accepting("application/json");
        assertThat(b.postWithToken(token, "/concepten", "_concept", key, "reden", "Half af")
                        .statusCode())
                .isEqualTo(200);
        assertThat(b.get("/concepten?sleutel=" + key).statusCode()).isEqualTo(200);

        b.accepting("text/html").header("HX-Request", "true");
        assertThat(b.postWithToken(token, page, "_concept", key, "nummer", "1", "antwoord", "ja", "reden", " ")
                        .statusCode())
                .isEqualTo(422);
        b.accepting("application/json");
        assertThat(b.get("/concepten?sleutel=" + key).statusCode())
                .as("kept after bad input")
                .isEqualTo(200);
        b.accepting("text/html");
        assertThat(b.postWithToken(token, page, "_concept", key, "nummer", "1", "antwoord", "ja", "reden", "Gezien.")
                        .statusCode())
                .isEqualTo(200);
        b.accepting("application/json");
        assertThat(b.get("/concepten?sleutel=" + key).statusCode()).isEqualTo(204);
    }
}
