package nl.schakel.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.Browser;
import nl.schakel.TestActors;
import nl.schakel.WebITSupport;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.keten.KetenManagement;
import nl.schakel.shared.Relatie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Over HTTP: the melding page and the VIR form on the dossier page, with Dutch messages for bad input. */
class MeldingPagesIT extends WebITSupport {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    KetenManagement keten;

    @Autowired
    nl.schakel.dossier.DossierStappen stappen;

    private String noord() {
        return keten.veiligThuisRegios().stream()
                .filter(r -> r.naam().equals("Veilig Thuis Demo-Noord"))
                .findFirst()
                .orElseThrow()
                .id()
                .value()
                .toString();
    }

    private int count(String sql, UUID id) {
        return jdbc.queryForObject(sql, Integer.class, id);
    }

    @Test
    void aMeldingIsRefusedInDutchUntilCompleteAndThenShownAsSent() {
        UUID id = dossiers.open(
                TestActors.actor(jdbc, "leerkracht"),
                List.of(new NewBetrokkene("Noor Melding", LocalDate.of(2017, 6, 1), "", Relatie.KIND)));
        Browser leerkracht = browser().login("leerkracht");
        String page = "/dossiers/" + id + "/melding";

        HttpResponse<String> form = leerkracht.get(page);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Noor Melding", "Veilig Thuis Demo-Noord", "Veilig Thuis Demo-Zuid");

        HttpResponse<String> refused = leerkracht.post(
                page,
                page,
                "regio",
                noord(),
                "watBlijfIkDoen",
                "Ik blijf Noor volgen.",
                "clientGeinformeerd",
                "nee",
                "redenNietGeinformeerd",
                " ",
                "contact",
                "0612345678");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Schrijf op waarom u de cliënt niet heeft verteld dat u meldt.")
                .contains("Ik blijf Noor volgen.");
        assertThat(count("SELECT count(*) FROM dossier.journal_entry WHERE dossier_id = ?", id))
                .isZero();

        HttpResponse<String> sent = leerkracht.post(
                page,
                page,
                "regio",
                noord(),
                "watBlijfIkDoen",
                "Ik blijf Noor volgen.",
                "clientGeinformeerd",
                "nee",
                "redenNietGeinformeerd",
                "Vertellen is niet veilig voor Noor.",
                "anoniemNaarGezin",
                "ja",
                "contact",
                "0612345678");
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(Browser.location(sent)).endsWith("/dossiers/" + id);

        HttpResponse<String> dossier = leerkracht.get("/dossiers/" + id);
        assertThat(dossier.body())
                .contains("De melding is verstuurd naar Veilig Thuis.")
                .contains("Verzonden aan Veilig Thuis Demo-Noord op")
                .contains("Vertellen is niet veilig voor Noor.");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM keten.melding WHERE payload->>'watBlijfIkDoen' = 'Ik blijf Noor volgen.'",
                        Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aVirSignalIsMadeFromTheDossierPageAndAnAdultIsNotOffered() {
        UUID id = dossiers.open(
                TestActors.actor(jdbc, "leerkracht"),
                List.of(
                        new NewBetrokkene("Kim Jongere", LocalDate.of(2012, 6, 1), "", Relatie.KIND),
                        new NewBetrokkene("Ouder Volwassen", LocalDate.of(1980, 6, 1), "", Relatie.OVERIG)));
        Browser leerkracht = browser().login("leerkracht");
        String page = "/dossiers/" + id;

        HttpResponse<String> show = leerkracht.get(page);
        assertThat(show.body()).contains("Kim Jongere (1-6-2012)").doesNotContain("Ouder Volwassen (1-6-1980)");

        HttpResponse<String> refused = leerkracht.post(page, page + "/vir", "betrokkene", "");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Kies over wie u een signaal afgeeft.", "<ol class=\"stappenlijst\">");

        String kim = dossiers.dossier(TestActors.actor(jdbc, "leerkracht"), id)
                .betrokkenen()
                .getFirst()
                .id()
                .toString();
        HttpResponse<String> made = leerkracht.post(page, page + "/vir", "betrokkene", kim);
        assertThat(made.statusCode()).isEqualTo(302);
        assertThat(leerkracht.get(page).body())
                .contains("Het signaal in de Verwijsindex is afgegeven.")
                .contains("Stopt op");
    }

    @Test
    void theMeldingPageSaysTheGesprekGoesAlongAndShieldsByTheOneRule() {
        nl.schakel.shared.Actor leerkracht = TestActors.actor(jdbc, "leerkracht");
        UUID id = dossiers.open(
                leerkracht, List.of(new NewBetrokkene("Gesprek Pagina", LocalDate.of(2017, 6, 1), "", Relatie.KIND)));
        stappen.addGesprek(
                leerkracht,
                id,
                nl.schakel.dossier.domain.Gesprek.of(
                        true,
                        dossiers.today(),
                        "De vader",
                        "Het letsel.",
                        "Vader werd boos.",
                        null,
                        "",
                        null,
                        dossiers.today()));
        Browser browser = browser().login("leerkracht");
        String page = "/dossiers/" + id + "/melding";

        String form = browser.get(page).body();
        assertThat(form)
                .contains("Gesprek met de cliënt (1)", "De vader", "Vader werd boos.")
                .contains("Wat er verder meegaat")
                .containsPattern("id=\"anoniemNaarGezin-regel\" name=\"anoniemNaarGezin\" value=\"regel\" checked")
                .contains("De regel: weet de cliënt niet dat u meldt");

        // posted without a choice (an old form, a script): the client was not told, so the melder is shielded
        HttpResponse<String> sent = browser.post(
                page,
                page,
                "regio",
                noord(),
                "watBlijfIkDoen",
                "Ik blijf volgen.",
                "clientGeinformeerd",
                "nee",
                "redenNietGeinformeerd",
                "Niet veilig.",
                "contact",
                "0612345678");
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "SELECT (payload->>'anoniemNaarGezin')::boolean FROM keten.melding"
                                + " WHERE payload->'betrokkenen'->0->>'naam' = 'Gesprek Pagina'",
                        Boolean.class))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT payload->'gesprekken'->0->>'metWie' FROM keten.melding"
                                + " WHERE payload->'betrokkenen'->0->>'naam' = 'Gesprek Pagina'",
                        String.class))
                .isEqualTo("De vader");
    }

    @Test
    void afterTheMeldingTheDossierOffersAnAanvullingAndNeverASilentSecondMelding() {
        UUID id = dossiers.open(
                TestActors.actor(jdbc, "leerkracht"),
                List.of(new NewBetrokkene("Na Melding", LocalDate.of(2017, 6, 1), "", Relatie.KIND)));
        Browser browser = browser().login("leerkracht");
        String dossier = "/dossiers/" + id;
        String page = dossier + "/melding";
        assertThat(browser.get(dossier + "/aanvulling").statusCode())
                .as("no melding yet: the aanvulling opens the melding page")
                .isEqualTo(302);
        String[] velden = {
            "regio",
            noord(),
            "watBlijfIkDoen",
            "Ik blijf volgen.",
            "clientGeinformeerd",
            "ja",
            "anoniemNaarGezin",
            "regel",
            "contact",
            "0612345678"
        };
        assertThat(browser.post(page, page, velden).statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "SELECT (payload->>'anoniemNaarGezin')::boolean FROM keten.melding"
                                + " WHERE payload->'betrokkenen'->0->>'naam' = 'Na Melding'",
                        Boolean.class))
                .as("the client was told and no choice was made: not shielded")
                .isFalse();

        String show = browser.get(dossier).body();
        assertThat(show)
                .contains("U meldde op")
                .contains("href=\"" + dossier + "/aanvulling\">Aanvulling sturen</a>")
                .doesNotContain("button--primary\" href=\"" + page + "\"");

        String again = browser.get(page).body();
        assertThat(again).contains("U meldde al op", "Ik doe bewust een nieuwe, tweede melding");
        HttpResponse<String> refused = browser.post(page, page, velden);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("U heeft vanuit dit dossier al gemeld.");
        assertThat(count("SELECT count(*) FROM dossier.journal_entry WHERE dossier_id = ? AND kind = 'MELDING'", id))
                .isEqualTo(1);

        String aanvulling = dossier + "/aanvulling";
        String form = browser.get(aanvulling).body();
        assertThat(form)
                .contains("Aanvulling op uw melding", "U meldde op")
                .contains("U heeft na de melding geen nieuwe signalen")
                .contains("aanvulling:" + id);
        HttpResponse<String> leeg = browser.post(aanvulling, aanvulling, "tekst", " ");
        assertThat(leeg.statusCode()).isEqualTo(200);
        assertThat(leeg.body()).contains("Schrijf op wat u toevoegt (hoogstens 4000 tekens).");
        HttpResponse<String> sent = browser.post(aanvulling, aanvulling, "tekst", "Het kind vertelde meer.");
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(browser.get(dossier).body())
                .contains("De aanvulling is verstuurd.")
                .contains("Aanvulling verstuurd aan Veilig Thuis Demo-Noord op")
                .contains("Het kind vertelde meer.");
        assertThat(count("SELECT count(*) FROM dossier.journal_entry WHERE dossier_id = ? AND kind = 'AANVULLING'", id))
                .isEqualTo(1);
    }
}
