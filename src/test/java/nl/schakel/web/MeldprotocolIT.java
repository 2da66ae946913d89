package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.schakel.Browser;
import nl.schakel.PdfTekst;
import nl.schakel.TestActors;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.organisation.Meldprotocol;
import nl.schakel.organisation.MeldprotocolVersie;
import nl.schakel.organisation.Meldprotocollen;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.Role;
import nl.schakel.shared.TeamId;
import nl.schakel.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13's first "Done when", in a real browser: beheer-school configures a new version of the school's meldprotocol
 * through the pages (a team that only signals, with a named uitvoerder; a kader rule for that team; an
 * aandachtsfunctionaris; a specific form of violence), downloads the generated PDF, and new dossiers follow it: one
 * opened by a member of the signal-only team is handed to the uitvoerder, who is told on the home page and works under
 * the team's kader; one opened by leerkracht records the version and keeps the onderwijs kader. The demo school's
 * meldprotocol is shared with the other tests of this JVM: at the end the test adopts a version equal to the one
 * before, and the members and team it made are its own.
 */
class MeldprotocolIT extends BrowserTestBase {

    @Autowired
    Meldprotocollen meldprotocollen;

    @Autowired
    IdentityManagement identity;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Test
    void beheerSchoolConfiguresAVersionAndNewDossiersFollowIt() {
        TenantId school = new TenantId(TestActors.tenantId(jdbcTemplate, TestActors.SCHOOL));
        MeldprotocolVersie vorige = meldprotocollen.vanKracht(school).orElseThrow();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String teamNaam = "Pleinwacht " + suffix;
        try {
            // The beheerder makes the team; the members are made as the demo's are (with the demo second factor).
            logIn("beheer-school");
            open("/beheer/teams");
            find("#veld-naam").sendKeys(teamNaam);
            submit("/beheer/teams");
            waitForText("main", teamNaam);
            TeamId team = new TeamId(jdbcTemplate.queryForObject(
                    "SELECT id FROM organisation.team WHERE tenant_id = ? AND name = ?",
                    UUID.class,
                    school.value(),
                    teamNaam));
            String signaleerder = member(school, "pleinwacht", "Pien Pleinwacht " + suffix, team);
            String uitvoerder = member(school, "uitvoerder", "Uri Uitvoerder " + suffix, null);
            UUID uitvoerderId = TestActors.userId(jdbcTemplate, uitvoerder);

            // A new version through the form, which starts from the version in force.
            open("/beheer/meldprotocol/nieuw");
            assertAccessible("nieuwe versie van het meldprotocol");
            clear("#veld-vastgesteldDoor").sendKeys("College van Bestuur, besluit 2026-13");
            String verdeling = "verdeling-" + team.value() + "-";
            check("#veld-" + verdeling + "alleenSignaleren");
            new Select(find("#veld-" + verdeling + "uitvoerder")).selectByValue(uitvoerderId.toString());
            new Select(find("#veld-regel-team-" + team.value())).selectByValue("kinderopvang");
            String af = "af-" + uitvoerderId + "-";
            check("#veld-" + af + "aan");
            find("#veld-" + af + "contact").sendKeys("uri@deschakel.example, kamer 3");
            find("#veld-" + af + "uren").sendKeys("2 uur per week");
            String vorm = "vorm-mensenhandel-seksuele-uitbuiting-";
            check("#veld-" + vorm + "aan");
            find("#veld-" + vorm + "deskundige").sendKeys("CoMensha, 033-448 11 86");
            find("#veld-" + vorm + "instructie").sendKeys("Bel CoMensha voordat u iets met de leerling bespreekt.");
            submit("/beheer/meldprotocol/nieuw");
            waiting().until(d -> path().matches("/beheer/meldprotocol/versies/[0-9]+"));
            int versie = Integer.parseInt(path().substring(path().lastIndexOf('/') + 1));
            assertThat(versie).isGreaterThan(vorige.versie());
            assertAccessible("de nieuwe versie");

            // The generated PDF, downloaded with the beheerder's session.
            Browser http = new Browser(port, clock, jdbcTemplate);
            http.setCookie(
                    Browser.SESSION_COOKIE,
                    driver().manage().getCookieNamed(Browser.SESSION_COOKIE).getValue());
            HttpResponse<byte[]> pdf = http.getBytes(path() + "/meldprotocol.pdf");
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(PdfTekst.van(pdf.body()))
                    .contains("College van Bestuur, besluit 2026-13")
                    .contains(teamNaam, "Uri Uitvoerder " + suffix)
                    .contains("CoMensha, 033-448 11 86", "2 uur per week");

            // A member of the signal-only team opens a dossier: it is handed to the uitvoerder.
            logIn(signaleerder);
            open("/dossiers/nieuw");
            String dossier = "/dossiers/" + openDossier("Mila Protocol", "2014-02-03");
            assertThat(find("#meldprotocol-versie").getText()).contains("versie " + versie);
            assertThat(find("main").getText()).contains("Uri Uitvoerder " + suffix + " legt stap 2 tot en met 5 vast");
            assertAccessible("dossier van een signaleerder");
            follow(dossier + "/signalen");
            find("#veld-waarneming").sendKeys("Mila vertelde dat zij 's avonds voor anderen moet werken.");
            new Select(find("#veld-soort")).selectByValue("FEIT");
            find("details.vormen summary").click();
            find("#vorm-MENSENHANDEL_SEKSUELE_UITBUITING").click();
            submit(dossier + "/signalen");
            waitForPath(dossier);
            assertThat(find("#specifieke-vorm-mensenhandel-seksuele-uitbuiting").getText())
                    .contains("CoMensha, 033-448 11 86", "Bel CoMensha voordat u iets met de leerling bespreekt.");
            assertAccessible("dossier met de instructie van een specifieke vorm");

            // The uitvoerder is told on the home page, until they open the dossier; they work under the team's kader.
            logIn(uitvoerder);
            assertThat(find("#herinneringen").findElement(By.xpath("..")).getText())
                    .contains("Er is een dossier aan u overgedragen");
            assertAccessible("home met de overdracht");
            follow(dossier);
            follow(dossier + "/afwegingen");
            assertThat(find("#kader").findElement(By.xpath("..")).getText())
                    .contains("Kinderopvang")
                    .contains("versie " + versie + " van het meldprotocol");
            open("/");
            assertThat(driver().findElements(By.cssSelector("a[href='" + dossier + "']")))
                    .as("the notice ends once the uitvoerder opened the dossier")
                    .isEmpty();

            // Leerkracht runs the steps herself: the dossier records the version and keeps the onderwijs kader.
            logIn("leerkracht");
            open("/dossiers/nieuw");
            String eigen = "/dossiers/" + openDossier("Bo Protocol", "2015-06-07");
            assertThat(find("#meldprotocol-versie").getText()).contains("versie " + versie);
            assertThat(find("main").getText()).doesNotContain("legt stap 2 tot en met 5 vast");
            follow(eigen + "/afwegingen");
            assertThat(find("#kader").findElement(By.xpath("..")).getText()).contains("Onderwijs");
        } finally {
            // The shared clock moves on: the version before may start on a day that has passed by now.
            Meldprotocol inhoud = vorige.inhoud();
            LocalDate vandaag = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Amsterdam"));
            LocalDate ingang = inhoud.ingangsdatum().isBefore(vandaag) ? vandaag : inhoud.ingangsdatum();
            meldprotocollen.legVastAlsSysteem(
                    school, inhoud.vastgesteld(inhoud.vastgesteldDoor(), inhoud.vastgesteldOp(), ingang));
        }
    }

    private String member(TenantId school, String prefix, String naam, @Nullable TeamId team) {
        return TestActors.enrolledMember(
                identity, school, prefix, naam, team, Role.BEROEPSKRACHT, Beroepscluster.ONDERWIJS);
    }

    private org.openqa.selenium.WebElement clear(String css) {
        org.openqa.selenium.WebElement field = find(css);
        field.clear();
        return field;
    }

    private void check(String css) {
        if (!find(css).isSelected()) {
            find(css).click();
        }
    }
}
