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
import nl.schakel.dossier.NewSignaal;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.VormVanGeweld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Over HTTP, the pages of the steps: kindcheck, mantelzorgcheck, gesprek met de cliënt, the employee-offence route, a
 * dossier for a child, and corrections. Each saves and logs; bad input shows Dutch messages and saves nothing;
 * another tenant is told "not found" and the attempt is logged.
 */
class StappenPagesIT extends WebITSupport {

    @Autowired
    DossierManagement dossiers;

    private UUID open(String username, String naam, LocalDate geboren, Relatie relatie) {
        return dossiers.open(TestActors.actor(jdbc, username), List.of(new NewBetrokkene(naam, geboren, "", relatie)));
    }

    private UUID openForLeerkracht() {
        return open("leerkracht", "Sam Voorbeeld", LocalDate.of(2018, 3, 4), Relatie.KIND);
    }

    /** The mantelzorgcheck is only for an adult client. */
    private UUID openAdultForLeerkracht() {
        return open("leerkracht", "Mira Mantelzorg", LocalDate.of(1960, 3, 4), Relatie.CLIENT);
    }

    private String today() {
        return dossiers.today().toString();
    }

    private int entries(UUID dossier, String kind) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM dossier.journal_entry WHERE dossier_id = ? AND kind = ?",
                Integer.class,
                dossier,
                kind);
    }

    private int logRows(UUID dossier, String event, String outcome) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE object_type = 'dossier' AND object_id = ?"
                        + " AND event = ? AND outcome = ?",
                Integer.class,
                dossier.toString(),
                event,
                outcome);
    }

    private static void assertSaved(HttpResponse<String> response, UUID dossier) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(Browser.location(response)).isEqualTo("/dossiers/" + dossier);
    }

    @Test
    void gesprekHeldOrSkippedIsSavedAndLoggedAndASkipWithoutReasonIsRefused() {
        UUID id = openForLeerkracht();
        Browser leerkracht = browser().login("leerkracht");
        String page = "/dossiers/" + id + "/gesprek";
        assertThat(leerkracht.get(page).body()).contains("Gesprek met de cliënt");

        HttpResponse<String> refused =
                leerkracht.post(page, page, "gevoerd", "nee", "toelichting", "Vader is agressief.");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Kies waarom u het gesprek niet voerde.", "Kies of u het gesprek later");
        HttpResponse<String> refusedHeld = leerkracht.post(page, page, "gevoerd", "ja", "datum", "2999-01-01");
        assertThat(refusedHeld.body())
                .contains("Vul de datum van het gesprek in.", "Beschrijf hoe de cliënt reageerde");
        assertThat(entries(id, "GESPREK")).isZero();
        assertThat(logRows(id, "dossier.gesprek.create", "GESLAAGD")).isZero();

        assertSaved(
                leerkracht.post(
                        page,
                        page,
                        "gevoerd",
                        "nee",
                        "reden",
                        "VEILIGHEID_PROFESSIONAL",
                        "toelichting",
                        "Vader is agressief.",
                        "alsnog",
                        "ja"),
                id);
        assertSaved(
                leerkracht.post(
                        page,
                        page,
                        "gevoerd",
                        "ja",
                        "datum",
                        today(),
                        "metWie",
                        "moeder",
                        "besproken",
                        "De blauwe plekken.",
                        "reactie",
                        "Ze viel van de trap."),
                id);
        assertThat(entries(id, "GESPREK")).isEqualTo(2);
        assertThat(logRows(id, "dossier.gesprek.create", "GESLAAGD")).isEqualTo(2);
        assertThat(leerkracht.get("/dossiers/" + id + "/export.pdf").statusCode())
                .as("the PDF export shows the new kinds through the same entry templates")
                .isEqualTo(200);
        assertThat(leerkracht.get("/dossiers/" + id).body())
                .contains(
                        "Gesprek met de cliënt niet gevoerd",
                        "Het gesprek is niet veilig voor mij (de professional)",
                        "Ze viel van de trap.",
                        "Corrigeren");
    }

    @Test
    void anotherTenantsUserIsToldNotFoundOnEveryStepPageAndNothingIsSaved() {
        UUID id = openForLeerkracht();
        Browser huisarts = browser().login("huisarts");
        String token = huisarts.csrfToken("/dossiers");
        for (String step : List.of("gesprek", "kindcheck", "mantelzorgcheck", "medewerker", "kinddossier")) {
            String page = "/dossiers/" + id + "/" + step;
            HttpResponse<String> get = huisarts.get(page);
            assertThat(get.statusCode()).as(step).isEqualTo(404);
            assertThat(get.body()).doesNotContain("Sam Voorbeeld");
            assertThat(huisarts.postWithToken(token, page, "gevoerd", "nee").statusCode())
                    .as(step)
                    .isEqualTo(404);
        }
        HttpResponse<String> valid = huisarts.postWithToken(
                token, "/dossiers/" + id + "/mantelzorgcheck", "zorgrelatie", "GEEN", "uitkomst", "GEEN_ZORGEN");
        assertThat(valid.statusCode()).isEqualTo(404);
        assertThat(logRows(id, "dossier.mantelzorgcheck.create", "GEWEIGERD")).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE object_id = ? AND username = 'huisarts'"
                                + " AND outcome = 'GEWEIGERD'",
                        Integer.class,
                        id.toString()))
                .isGreaterThanOrEqualTo(11);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM dossier.journal_entry WHERE dossier_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void mantelzorgcheckIsSavedAndABsnInTheFreeTextIsRefused() {
        UUID id = openAdultForLeerkracht();
        Browser leerkracht = browser().login("leerkracht");
        String page = "/dossiers/" + id + "/mantelzorgcheck";

        HttpResponse<String> refused =
                leerkracht.post(page, page, "zorgrelatie", "GEEFT_ZORG", "wie", "oma, bsn 123456782");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Zet hier geen burgerservicenummer (BSN) in.", "Kies de uitkomst.");
        assertThat(entries(id, "MANTELZORGCHECK")).isZero();

        assertSaved(
                leerkracht.post(
                        page,
                        page,
                        "zorgrelatie",
                        "GEEFT_ZORG",
                        "wie",
                        "oma van 84",
                        "signalen",
                        "Moeder is uitgeput.",
                        "uitkomst",
                        "ZORGEN"),
                id);
        assertThat(entries(id, "MANTELZORGCHECK")).isEqualTo(1);
        assertThat(logRows(id, "dossier.mantelzorgcheck.create", "GESLAAGD")).isEqualTo(1);
        assertThat(leerkracht.get("/dossiers/" + id).body()).contains("oma van 84", "Zorgen: meenemen in de stappen");
        assertThat(leerkracht.get("/dossiers/" + id + "/export.pdf").statusCode())
                .isEqualTo(200);
    }

    @Test
    void anAdultClientWithPartnergeweldNeedsAKindcheckAndAPositiveOneOffersADossierForTheChild() {
        UUID id = open("leerkracht", "Mira Moeder", LocalDate.of(1990, 1, 1), Relatie.CLIENT);
        dossiers.addSignaal(
                TestActors.actor(jdbc, "leerkracht"),
                id,
                new NewSignaal(
                        dossiers.today(),
                        "Partner slaat haar.",
                        SignaalSoort.DERDEN,
                        "Buurvrouw",
                        Set.of(VormVanGeweld.PARTNERGEWELD),
                        false));
        Browser leerkracht = browser().login("leerkracht");
        assertThat(leerkracht.get("/dossiers/" + id).body())
                .contains("Dan is de kindcheck nodig.", "Doe de kindcheck.");

        String page = "/dossiers/" + id + "/kindcheck";
        HttpResponse<String> refused = leerkracht.post(
                page, page, "aanleidingen", "PARTNERGEWELD", "minderjarigen", "JA", "aantal", "2", "leeftijden", "4");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains(
                        "Vul voor elk kind een leeftijd in van 0 tot en met 17",
                        "Kies of de cliënt alleen voor de kinderen zorgt.",
                        "Kies of de cliënt zwanger is.");
        assertThat(entries(id, "KINDCHECK")).isZero();
        assertThat(leerkracht.get("/dossiers/" + id + "/kinddossier").statusCode())
                .isEqualTo(200);
        HttpResponse<String> tooEarly = leerkracht.post(
                "/dossiers/" + id + "/kinddossier",
                "/dossiers/" + id + "/kinddossier",
                "naam",
                "Kai",
                "geboortedatum",
                "2020-02-02");
        assertThat(tooEarly.body()).contains("alleen een dossier voor een kind openen na een positieve kindcheck");

        assertSaved(
                leerkracht.post(
                        page,
                        page,
                        "aanleidingen",
                        "PARTNERGEWELD",
                        "minderjarigen",
                        "JA",
                        "aantal",
                        "2",
                        "leeftijden",
                        "4, 9",
                        "zorg",
                        "GEDEELD",
                        "zwangerschap",
                        "NEE"),
                id);
        assertThat(logRows(id, "dossier.kindcheck.create", "GESLAAGD")).isEqualTo(1);
        String show = leerkracht.get("/dossiers/" + id).body();
        assertThat(show)
                .doesNotContain("Dan is de kindcheck nodig.")
                .contains("Uitkomst: positief", "kinddossier-aanbod");

        HttpResponse<String> opened = leerkracht.post(
                "/dossiers/" + id + "/kinddossier",
                "/dossiers/" + id + "/kinddossier",
                "naam",
                "Kai Kind",
                "geboortedatum",
                "2020-02-02");
        assertThat(opened.statusCode()).isEqualTo(302);
        String child = Browser.location(opened);
        assertThat(child).startsWith("/dossiers/").isNotEqualTo("/dossiers/" + id);
        String childPage = leerkracht.get(child).body();
        assertThat(childPage).contains("Kai Kind", "href=\"/dossiers/" + id + "\"");
        assertThat(leerkracht.get("/dossiers/" + id).body()).contains("href=\"" + child + "\"");
        assertThat(jdbc.queryForObject(
                        "SELECT relatie FROM dossier.betrokkene WHERE dossier_id = ?",
                        String.class,
                        UUID.fromString(child.substring("/dossiers/".length()))))
                .isEqualTo("KIND");

        assertThat(leerkracht.get("/dossiers/" + id + "/export.pdf").statusCode())
                .isEqualTo(200);
        assertThat(browser().login("huisarts").get(child).statusCode())
                .as("the link works only for someone who may see the other dossier")
                .isEqualTo(404);
    }

    @Test
    void theEmployeeRouteIsOnlyForKinderopvangAndOnderwijsAndSetsTheHomeAfwegingskaderAside() {
        UUID id = openForLeerkracht();
        Browser leerkracht = browser().login("leerkracht");
        assertThat(leerkracht.get("/dossiers/" + id).body()).contains("Vermoeden tegen een medewerker");
        String page = "/dossiers/" + id + "/medewerker";

        HttpResponse<String> refused = leerkracht.post(page, page, "aangifte", "ja", "inspecteurAdvies", "Overleg");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Vul de datum in waarop de houder is ingelicht.", "Vul de datum van de aangifte in.");
        assertThat(entries(id, "MEDEWERKER_ROUTE")).isZero();

        assertSaved(
                leerkracht.post(
                        page,
                        page,
                        "houderGeinformeerd",
                        today(),
                        "inspecteurGeraadpleegd",
                        today(),
                        "inspecteurAdvies",
                        "Aangifte doen.",
                        "aangifte",
                        "nee"),
                id);
        assertThat(logRows(id, "dossier.medewerkerroute.create", "GESLAAGD")).isEqualTo(1);
        assertThat(leerkracht.get("/dossiers/" + id).body())
                .contains("Het afwegingskader voor de thuissituatie geldt hier niet.");

        assertThat(leerkracht.get("/dossiers/" + id + "/export.pdf").statusCode())
                .isEqualTo(200);
        UUID route = jdbc.queryForObject(
                "SELECT id FROM dossier.journal_entry WHERE dossier_id = ? AND kind = 'MEDEWERKER_ROUTE'",
                UUID.class,
                id);
        Browser af = browser().login("af-school");
        assertSaved(
                af.post(
                        page + "?corrigeer=" + route,
                        page,
                        "corrigeert",
                        route.toString(),
                        "houderGeinformeerd",
                        today(),
                        "aangifte",
                        "ja",
                        "aangifteDatum",
                        today(),
                        "reden",
                        "Toch aangifte gedaan."),
                id);
        assertThat(entries(id, "MEDEWERKER_ROUTE")).isEqualTo(2);

        UUID praktijk = open("huisarts", "Pim Patiënt", LocalDate.of(1980, 1, 1), Relatie.CLIENT);
        Browser huisarts = browser().login("huisarts");
        assertThat(huisarts.get("/dossiers/" + praktijk).body()).doesNotContain("/medewerker\"");
        assertThat(huisarts.get("/dossiers/" + praktijk + "/medewerker").statusCode())
                .isEqualTo(404);
        HttpResponse<String> denied = huisarts.post(
                "/dossiers/" + praktijk,
                "/dossiers/" + praktijk + "/medewerker",
                "houderGeinformeerd",
                today(),
                "aangifte",
                "nee");
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(logRows(praktijk, "dossier.medewerkerroute.create", "GEWEIGERD"))
                .isEqualTo(1);
        assertThat(entries(praktijk, "MEDEWERKER_ROUTE")).isZero();
    }

    @Test
    void aCorrectionNeedsAReasonKeepsTheOriginalAndPointsAtIt() {
        UUID id = openAdultForLeerkracht();
        Browser leerkracht = browser().login("leerkracht");
        String page = "/dossiers/" + id + "/mantelzorgcheck";
        leerkracht.post(page, page, "zorgrelatie", "GEEFT_ZORG", "wie", "opa", "uitkomst", "GEEN_ZORGEN");
        UUID original =
                jdbc.queryForObject("SELECT id FROM dossier.journal_entry WHERE dossier_id = ?", UUID.class, id);
        String originalPayload = jdbc.queryForObject(
                "SELECT payload::text FROM dossier.journal_entry WHERE id = ?", String.class, original);

        String form = page + "?corrigeer=" + original;
        HttpResponse<String> prefilled = leerkracht.get(form);
        assertThat(prefilled.body()).contains("value=\"opa\"", "Reden van de correctie", "name=\"corrigeert\"");
        assertThat(leerkracht.get("/dossiers/" + id).body()).contains("href=\"" + form + "\"");

        HttpResponse<String> noReason = leerkracht.post(
                form,
                page,
                "corrigeert",
                original.toString(),
                "zorgrelatie",
                "GEEFT_ZORG",
                "wie",
                "oma",
                "uitkomst",
                "ZORGEN",
                "reden",
                " ");
        assertThat(noReason.statusCode()).isEqualTo(200);
        assertThat(noReason.body()).contains("Geef de reden van de correctie");
        assertThat(entries(id, "MANTELZORGCHECK")).isEqualTo(1);

        assertSaved(
                leerkracht.post(
                        form,
                        page,
                        "corrigeert",
                        original.toString(),
                        "zorgrelatie",
                        "GEEFT_ZORG",
                        "wie",
                        "oma",
                        "uitkomst",
                        "ZORGEN",
                        "reden",
                        "Het was oma, niet opa."),
                id);
        assertThat(entries(id, "MANTELZORGCHECK")).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "SELECT payload::text FROM dossier.journal_entry WHERE id = ?", String.class, original))
                .as("the original stays as it was")
                .isEqualTo(originalPayload);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM dossier.journal_entry WHERE dossier_id = ? AND corrects = ?"
                                + " AND reason = 'Het was oma, niet opa.'",
                        Integer.class,
                        id,
                        original))
                .isEqualTo(1);
        assertThat(logRows(id, "dossier.entry.correct", "GESLAAGD")).isEqualTo(1);
        String show = leerkracht.get("/dossiers/" + id).body();
        assertThat(show).contains("Deze vastlegging is later gecorrigeerd").doesNotContain("href=\"" + form + "\"");
    }

    @Test
    void aSignaalAndAConsultatieAreCorrectedOnTheirOwnForms() {
        UUID id = openForLeerkracht();
        nl.schakel.shared.Actor actor = TestActors.actor(jdbc, "leerkracht");
        UUID signaal = dossiers.addSignaal(
                actor, id, new NewSignaal(dossiers.today(), "Blauwe plek.", SignaalSoort.FEIT, "", Set.of(), false));
        UUID consultatie = dossiers.addConsultatie(
                actor,
                id,
                new nl.schakel.dossier.NewConsultatie(
                        dossiers.today(), nl.schakel.shared.ConsultatieMet.COLLEGA, "Intern begeleider", "Praat."));
        Browser leerkracht = browser().login("leerkracht");

        String signaalForm = "/dossiers/" + id + "/signalen?corrigeer=" + signaal;
        assertThat(leerkracht.get(signaalForm).body()).contains("Blauwe plek.", "Reden van de correctie");
        assertSaved(
                leerkracht.post(
                        signaalForm,
                        "/dossiers/" + id + "/signalen",
                        "corrigeert",
                        signaal.toString(),
                        "datum",
                        today(),
                        "waarneming",
                        "Blauwe plek op de linkerarm.",
                        "soort",
                        "FEIT",
                        "reden",
                        "Preciezer."),
                id);

        String consultatieForm = "/dossiers/" + id + "/consultaties?corrigeer=" + consultatie;
        assertThat(leerkracht.get(consultatieForm).body()).contains("Intern begeleider");
        assertSaved(
                leerkracht.post(
                        consultatieForm,
                        "/dossiers/" + id + "/consultaties",
                        "corrigeert",
                        consultatie.toString(),
                        "datum",
                        today(),
                        "met",
                        "AANDACHTSFUNCTIONARIS",
                        "persoon",
                        "Anouk",
                        "advies",
                        "Praat met de moeder.",
                        "reden",
                        "Verkeerde persoon."),
                id);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM dossier.journal_entry WHERE dossier_id = ? AND corrects IS NOT NULL",
                        Integer.class,
                        id))
                .isEqualTo(2);
        assertThat(leerkracht.get("/dossiers/" + id).body())
                .contains("Blauwe plek op de linkerarm.", "Preciezer.", "Verkeerde persoon.");
    }
}
