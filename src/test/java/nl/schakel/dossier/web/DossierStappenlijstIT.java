package nl.schakel.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.schakel.Browser;
import nl.schakel.MutableClock;
import nl.schakel.TestActors;
import nl.schakel.WebIT;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.dossier.NewConsultatie;
import nl.schakel.dossier.NewSignaal;
import nl.schakel.shared.Actor;
import nl.schakel.shared.ConsultatieMet;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.VormVanGeweld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Over HTTP: the dossier page leads through the five steps as a task list (each step's name links to its page, its
 * status is a text tag, the next step is marked and named first under "Wat nu?"), the journal's entries are
 * collapsible with the newest open, and the home page offers "Nieuw dossier" to whoever may open one.
 */
@WebIT
class DossierStappenlijstIT {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DossierManagement dossiers;

    private Browser browser() {
        return new Browser(port, clock, jdbc);
    }

    private UUID open(Actor leerkracht) {
        return dossiers.open(
                leerkracht, List.of(new NewBetrokkene("Noor Stappen", LocalDate.of(2017, 6, 1), "", Relatie.KIND)));
    }

    private void signaal(Actor leerkracht, UUID id, String waarneming, boolean disclosure) {
        dossiers.addSignaal(
                leerkracht,
                id,
                new NewSignaal(
                        dossiers.today(),
                        waarneming,
                        SignaalSoort.FEIT,
                        "",
                        Set.of(VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK),
                        disclosure,
                        Set.of()));
    }

    /** The list item of one step, from its opening tag to its end. */
    private static String stap(String page, int nummer) {
        Matcher m = Pattern.compile(
                        "<li [^>]*id=\"stap-" + nummer + "\"[^>]*>.*?</li>\\s*(?=<li |</ol>)", Pattern.DOTALL)
                .matcher(page);
        assertThat(m.find()).as("stap %d in the list", nummer).isTrue();
        return m.group();
    }

    @Test
    void aNewDossierIsATaskListOfTheFiveStepsStartingWithTheSignalen() {
        UUID id = open(TestActors.actor(jdbc, "leerkracht"));
        String dossier = "/dossiers/" + id;

        String page = browser().login("leerkracht").get(dossier).body();

        assertThat(page).contains("<ol class=\"stappenlijst\">");
        assertThat(page.indexOf("class=\"stappenlijst\"")).isLessThan(page.indexOf("id=\"betrokkenen\""));
        assertThat(page)
                .contains("<a href=\"" + dossier + "/signalen\">Signalen in kaart brengen</a>")
                .contains("<a href=\"" + dossier + "/consultaties\">Collegiale consultatie</a>")
                .contains("<a href=\"" + dossier + "/gesprek\">Gesprek met de cliënt</a>")
                .contains("<a href=\"" + dossier + "/afwegingen\">Afwegen</a>")
                .contains("<a href=\"" + dossier + "/afwegingen#beslissingen\">Beslissen en melden</a>");
        assertThat(stap(page, 1)).contains("aria-current=\"step\"", "Niet begonnen", "Volgende stap");
        assertThat(stap(page, 2)).contains("Niet begonnen").doesNotContain("Volgende stap", "aria-current");
        assertThat(page)
                .containsPattern(
                        "(?s)<p class=\"watnu\" id=\"wat-nu\"><strong>Wat nu\\?</strong>\\s*Stap 1:\\s*<a href=\""
                                + dossier
                                + "/signalen\">Signalen in kaart brengen</a>\\.\\s*Leg vast wat u zag of hoorde\\.");
        assertThat(page).as("the old buttons under the journal are gone").doesNotContain("Afwegen en beslissen");
        assertThat(stap(page, 5)).contains("href=\"" + dossier + "/afsluiten\">Dossier afsluiten</a>");
    }

    @Test
    void theNextStepFollowsWhatIsRecordedAndTheNewestJournalEntryIsOpen() {
        Actor leerkracht = TestActors.actor(jdbc, "leerkracht");
        UUID id = open(leerkracht);
        String dossier = "/dossiers/" + id;
        signaal(leerkracht, id, "Noor had blauwe plekken.", false);
        dossiers.addConsultatie(
                leerkracht,
                id,
                new NewConsultatie(
                        dossiers.today(), ConsultatieMet.AANDACHTSFUNCTIONARIS, "Anouk Aandacht", "Praat met moeder."));

        String page = browser().login("leerkracht").get(dossier).body();

        assertThat(stap(page, 1)).contains("Gedaan").doesNotContain("aria-current");
        assertThat(stap(page, 2)).contains("Gedaan");
        assertThat(stap(page, 3)).contains("aria-current=\"step\"", "Volgende stap", "Niet begonnen");
        assertThat(page).containsPattern("(?s)Wat nu\\?</strong>\\s*Stap 3:\\s*<a href=\"" + dossier + "/gesprek\">");
        Matcher details =
                Pattern.compile("<details class=\"timeline__details\"( open)?>").matcher(page);
        List<Boolean> open = details.results().map(r -> r.group(1) != null).toList();
        assertThat(open).as("newest first: only the consultatie is open").containsExactly(true, false);
        assertThat(page).contains("<script src=\"/js/stappen.js\" defer></script>");
    }

    @Test
    void withADisclosureTheMeldingIsNextAndSteps2And3MayWait() {
        Actor leerkracht = TestActors.actor(jdbc, "leerkracht");
        UUID id = open(leerkracht);
        String dossier = "/dossiers/" + id;
        signaal(leerkracht, id, "Noor zei: papa slaat mij.", true);

        String page = browser().login("leerkracht").get(dossier).body();

        assertThat(stap(page, 2)).contains("Niet nodig", "Er is acute onveiligheid.");
        assertThat(stap(page, 3)).contains("Niet nodig");
        assertThat(stap(page, 5))
                .contains(
                        "aria-current=\"step\"", "href=\"" + dossier + "/melding\">Melding doen bij Veilig Thuis</a>");
    }

    @Test
    void theHomePageOffersANewDossierToWhoeverMayOpenOne() {
        assertThat(browser().login("leerkracht").get("/").body())
                .contains("<a class=\"button button--primary\" href=\"/dossiers/nieuw\">Nieuw dossier</a>");
        assertThat(browser().login("beheer-school").get("/").body()).doesNotContain("href=\"/dossiers/nieuw\"");
    }
}
