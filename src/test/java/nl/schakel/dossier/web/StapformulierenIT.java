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
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.dossier.MeldingManagement;
import nl.schakel.dossier.NewMelding;
import nl.schakel.dossier.NewSignaal;
import nl.schakel.keten.KetenManagement;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.VormVanGeweld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Over HTTP, the step forms ask fewer round trips and only the questions that fit: "Opslaan en nog een signaal", the
 * consultatie and the melding pre-filled from what Schakel knows, and the kindcheck, mantelzorgcheck, gesprek and
 * melding worded for a child or an adult client.
 */
class StapformulierenIT extends WebITSupport {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    MeldingManagement meldingen;

    @Autowired
    KetenManagement keten;

    private UUID open(String username, String naam, LocalDate geboren, Relatie relatie) {
        return dossiers.open(TestActors.actor(jdbc, username), List.of(new NewBetrokkene(naam, geboren, "", relatie)));
    }

    private UUID child() {
        return open("leerkracht", "Lotte Formulier", dossiers.today().minusYears(8), Relatie.KIND);
    }

    private UUID adult() {
        return open("leerkracht", "Mila Formulier", LocalDate.of(1985, 2, 3), Relatie.CLIENT);
    }

    private int entries(UUID dossier, String kind) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM dossier.journal_entry WHERE dossier_id = ? AND kind = ?",
                Integer.class,
                dossier,
                kind);
    }

    @Test
    void opslaanEnNogEenSignaalSavesAndReturnsToAnEmptySignaalFormWithAConfirmation() {
        UUID id = child();
        Browser leerkracht = browser().login("leerkracht");
        String page = "/dossiers/" + id + "/signalen";
        String form = leerkracht.get(page).body();
        // The main action stays the first submit button, so Enter in a text field saves and returns to the dossier.
        assertThat(form.indexOf(">Signaal opslaan</button>"))
                .isPositive()
                .isLessThan(form.indexOf("name=\"daarna\" value=\"nogeen\""));
        assertThat(form).contains("Opslaan en nog een signaal", "id=\"hint-disclosure\"", "id=\"hint-soort\"");

        HttpResponse<String> nogEen = leerkracht.post(
                page,
                page,
                "datum",
                dossiers.today().toString(),
                "waarneming",
                "Lotte zei: papa slaat mij als ik huil.",
                "soort",
                "FEIT",
                "disclosure",
                "ja",
                "daarna",
                "nogeen");
        assertThat(nogEen.statusCode()).isEqualTo(302);
        assertThat(Browser.location(nogEen)).isEqualTo(page);
        String empty = leerkracht.get(page).body();
        assertThat(empty)
                .contains("role=\"status\"", "Het signaal is vastgelegd. Leg hieronder het volgende signaal vast.")
                .doesNotContain("papa slaat mij");
        assertThat(entries(id, "SIGNAAL")).isEqualTo(1);

        HttpResponse<String> opslaan = leerkracht.post(
                page,
                page,
                "datum",
                dossiers.today().toString(),
                "waarneming",
                "Blauwe plek op de arm.",
                "soort",
                "FEIT");
        assertThat(Browser.location(opslaan)).isEqualTo("/dossiers/" + id);
        assertThat(entries(id, "SIGNAAL")).isEqualTo(2);
    }

    @Test
    void aBadSignaalWithNogEenShowsTheErrorsAndSavesNothing() {
        UUID id = child();
        Browser leerkracht = browser().login("leerkracht");
        String page = "/dossiers/" + id + "/signalen";
        HttpResponse<String> refused = leerkracht.post(page, page, "soort", "FEIT", "daarna", "nogeen");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Beschrijf wat u zag of hoorde.");
        assertThat(entries(id, "SIGNAAL")).isZero();
    }

    @Test
    void theConsultatieProposesTheOrganisationsAandachtsfunctionarisByName() {
        UUID id = child();
        String page = "/dossiers/" + id + "/consultaties";
        String form = browser().login("leerkracht").get(page).body();
        assertThat(form)
                .contains("<option value=\"AANDACHTSFUNCTIONARIS\" selected>", "value=\"Anouk Aandacht\"")
                .contains("data-keuze=\"AANDACHTSFUNCTIONARIS\"", "/js/voorstel.js");

        // The aandachtsfunctionaris herself is not proposed to herself.
        String eigen = browser().login("af-school").get(page).body();
        assertThat(eigen).doesNotContain("value=\"Anouk Aandacht\"").doesNotContain("selected>Aandachtsfunctionaris");
    }

    @Test
    void theMeldingShowsWhoReportsAndProposesTheContactOfTheirPreviousMelding() {
        Actor huisarts = TestActors.actor(jdbc, "huisarts");
        String contact = "06 1234 5678 of " + UUID.randomUUID().toString().substring(0, 8) + "@praktijk.example";
        UUID eerder = open("huisarts", "Eerder Formulier", LocalDate.of(2016, 1, 1), Relatie.KIND);
        dossiers.addSignaal(
                huisarts,
                eerder,
                new NewSignaal(dossiers.today(), "Breuk.", SignaalSoort.FEIT, "", Set.of(VormVanGeweld.ANDERS), false));
        UUID noord = keten.veiligThuisRegios().stream()
                .filter(r -> r.naam().equals("Veilig Thuis Demo-Noord"))
                .findFirst()
                .orElseThrow()
                .id()
                .value();
        meldingen.send(huisarts, eerder, new NewMelding("Ik volg het kind.", true, "", true, noord, contact));

        UUID id = open("huisarts", "Nu Formulier", LocalDate.of(2015, 1, 1), Relatie.KIND);
        String page =
                browser().login("huisarts").get("/dossiers/" + id + "/melding").body();
        assertThat(page)
                .contains("value=\"" + contact + "\"", "Schakel vulde in wat u bij uw vorige melding schreef")
                .contains("Uw naam", huisarts.displayName(), "Uw organisatie");
    }

    @Test
    void aChildIsNotAskedAboutAPregnancyAndTheAdultIs() {
        UUID kind = child();
        Browser leerkracht = browser().login("leerkracht");
        String page = "/dossiers/" + kind + "/kindcheck";
        assertThat(leerkracht.get(page).body())
                .contains("Wonen er nog andere minderjarige kinderen in het huishouden")
                .doesNotContain("Is de cliënt zwanger?", "Zorgt de cliënt alleen voor de kinderen?");
        HttpResponse<String> saved = leerkracht.post(page, page, "minderjarigen", "NEE");
        assertThat(Browser.location(saved)).isEqualTo("/dossiers/" + kind);
        assertThat(jdbc.queryForObject(
                        "SELECT payload->>'zwangerschap' FROM dossier.journal_entry WHERE dossier_id = ?"
                                + " AND kind = 'KINDCHECK'",
                        String.class,
                        kind))
                .isEqualTo("NIET_GEVRAAGD");

        UUID volwassene = adult();
        assertThat(leerkracht.get("/dossiers/" + volwassene + "/kindcheck").body())
                .contains("Is de cliënt zwanger?", "Zorgt de cliënt alleen voor de kinderen?");
    }

    @Test
    void theMantelzorgcheckIsNotOfferedNorSavedForAChild() {
        UUID kind = child();
        Browser leerkracht = browser().login("leerkracht");
        String page = "/dossiers/" + kind + "/mantelzorgcheck";
        assertThat(leerkracht.get(page).body())
                .contains("De mantelzorgcheck is er alleen voor een volwassen cliënt.")
                .doesNotContain("action=\"" + page + "\"");
        HttpResponse<String> refused = leerkracht.post(
                "/dossiers/" + kind + "/gesprek", page, "zorgrelatie", "GEEN", "uitkomst", "GEEN_ZORGEN");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(entries(kind, "MANTELZORGCHECK")).isZero();

        UUID volwassene = adult();
        assertThat(leerkracht
                        .get("/dossiers/" + volwassene + "/mantelzorgcheck")
                        .body())
                .contains("Is er mantelzorg?");
    }

    @Test
    void theGesprekAndTheMeldingNameTheParentOrCarerOfAChildClient() {
        UUID kind = child();
        UUID volwassene = adult();
        Browser leerkracht = browser().login("leerkracht");
        assertThat(leerkracht.get("/dossiers/" + kind + "/gesprek").body())
                .contains("Hoe reageerde de ouder of verzorger?", "Het gesprek is niet veilig voor het kind")
                .contains("Bijvoorbeeld: de moeder, of beide ouders.")
                .doesNotContain("Hoe reageerde de cliënt?");
        assertThat(leerkracht.get("/dossiers/" + kind + "/melding").body())
                .contains("Heeft u de ouder of verzorger verteld dat u meldt?");
        assertThat(leerkracht.get("/dossiers/" + volwassene + "/gesprek").body())
                .contains("Hoe reageerde de cliënt?", "Bijvoorbeeld: de cliënt, of de cliënt en een familielid.");
        assertThat(leerkracht.get("/dossiers/" + volwassene + "/melding").body())
                .contains("Heeft u de cliënt verteld dat u meldt?");
    }
}
