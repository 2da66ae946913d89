package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.TotpCodes;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.shared.Relatie;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every page, as the user who sees it, in a real browser: axe-core finds no WCAG 2.1 A/AA violation, at 1280 px and
 * at 375 px (where the page must also reflow, {@link Phone}). Pages with a form are also checked after a rejected
 * submit, when error summary and field errors are shown.
 */
class AccessibilityIT extends BrowserTestBase {

    /**
     * axe-core at 1280 px, then the same page laid out at 375 px (no second load): no sideways scrolling, banner and
     * header within a fifth of the screen, and axe-core again.
     */
    @Override
    void assertAccessible(String page) {
        super.assertAccessible(page);
        if (driver().getCurrentUrl().startsWith("http")) {
            Phone.assertFitsAndAccessible(driver(), page);
        }
    }

    @Test
    void theCheckItselfFindsViolations() {
        driver().get("data:text/html;charset=utf-8,<html><body><img src='x.png'><input type='text'></body></html>");
        assertThatThrownBy(() -> assertAccessible("a page built to fail"))
                .hasMessageContaining("image-alt")
                .hasMessageContaining("html-has-lang")
                .hasMessageContaining("label");
    }

    @Test
    void loginPagesWithAndWithoutErrors() {
        browser.forgetSession();
        open("/inloggen");
        assertThat(h1()).isEqualTo("Inloggen");
        assertAccessible("/inloggen");

        find("#veld-gebruikersnaam").sendKeys("leerkracht");
        find("#veld-wachtwoord").sendKeys("niet-het-goede-wachtwoord");
        find("form[action='/inloggen'] button[type=submit]").click();
        waitForText(".alert--error", "klopt niet");
        assertAccessible("/inloggen with error");

        enterPassword("leerkracht", TotpCodes.DEMO_PASSWORD);
        assertThat(path()).isEqualTo("/tweede-factor");
        assertAccessible("/tweede-factor");

        enterCode("000000");
        waitForText(".alert--error", "");
        assertThat(find("#veld-code").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible("/tweede-factor with error");

        enterCode(freshCode("leerkracht"));
        waitForPath("/");
        assertAccessible("/ as leerkracht (beroepskracht)");

        open("/help");
        assertAccessible("/help");

        open("/toegangslog");
        assertThat(h1()).isEqualTo("Geen toegang");
        assertAccessible("403 page");

        open("/bestaat-niet");
        assertThat(h1()).isEqualTo("Niet gevonden");
        assertAccessible("404 page");
    }

    /**
     * A list in pages (ADR-0036): the aandachtsfunctionaris of the demo school sees more dossiers than one page holds;
     * the page's navigation is checked, and followed by keyboard (Enter on the focused link) to the next page and back.
     */
    @Test
    void aListInPagesIsLeafedThroughByKeyboard() {
        logIn("af-school");
        open("/dossiers");
        assertAccessible("/dossiers page 1 as af-school");
        find("nav.paginering a[rel=next]").sendKeys(org.openqa.selenium.Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().endsWith("/dossiers?pagina=2"));
        assertAccessible("/dossiers?pagina=2 as af-school");
        find("nav.paginering a[rel=prev]").sendKeys(org.openqa.selenium.Keys.ENTER);
        waiting().until(d -> d.getCurrentUrl().endsWith("/dossiers?pagina=1"));
    }

    @Test
    void beheerPagesAndSettingUpANewMember() {
        logIn("beheer-school");
        assertAccessible("/ as beheer-school");

        open("/beheer/teams");
        assertAccessible("/beheer/teams");
        // The browser checks required fields itself; the server's errors come with input it cannot check.
        find("#veld-naam").sendKeys("Groep 5 tot en met 8");
        find("form[action='/beheer/teams'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertAccessible("/beheer/teams with errors");
        open("/beheer/meldprotocol");
        assertAccessible("/beheer/meldprotocol");
        open("/beheer/meldprotocol/versies/1");
        assertAccessible("/beheer/meldprotocol/versies/1");
        open("/beheer/meldprotocol/nieuw");
        assertAccessible("/beheer/meldprotocol/nieuw");
        find("#veld-vastgesteldDoor").clear();
        find("form[action='/beheer/meldprotocol/nieuw'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertAccessible("/beheer/meldprotocol/nieuw with errors");

        open("/beheer/leden");
        assertAccessible("/beheer/leden");
        find("#veld-naam").sendKeys("Nina Nieuw");
        find("#veld-gebruikersnaam").sendKeys("Geen Geldige Naam!");
        find("#veld-wachtwoord").sendKeys("kort");
        new Select(find("#veld-rol")).selectByValue("BEROEPSKRACHT");
        find("form[action='/beheer/leden'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertThat(driver().findElements(By.cssSelector("[aria-invalid=true]"))).isNotEmpty();
        assertAccessible("/beheer/leden with errors");

        String username = "nieuw-" + UUID.randomUUID().toString().substring(0, 8);
        String password =
                "Lange-zin-voor-toegang-" + UUID.randomUUID().toString().substring(0, 6);
        find("#veld-naam").clear();
        find("#veld-naam").sendKeys("Nina Nieuw");
        find("#veld-gebruikersnaam").clear();
        find("#veld-gebruikersnaam").sendKeys(username);
        find("#veld-wachtwoord").clear();
        find("#veld-wachtwoord").sendKeys(password);
        new Select(find("#veld-rol")).selectByValue("BEROEPSKRACHT");
        new Select(find("#veld-beroepscluster")).selectByValue("ONDERWIJS");
        find("form[action='/beheer/leden'] button[type=submit]").click();
        waitForText("[role=status]", "");
        assertThat(find("table").getText()).contains(username);
        assertAccessible("/beheer/leden after adding a member");

        enterPassword(username, password);
        assertThat(path()).isEqualTo("/tweede-factor/instellen");
        assertAccessible("/tweede-factor/instellen");

        String secret = find("code.secret").getText().replace(" ", "");
        enterCode(freshCode(jdbc, clock, username, secret));
        waitForText("h1", "");
        assertThat(driver().findElements(By.cssSelector("ul.codes li"))).isNotEmpty();
        assertAccessible("recovery codes page");
    }

    @Test
    void trainingRegisterPages() {
        logIn("beheer-school");
        open("/beheer/scholing");
        assertAccessible("/beheer/scholing");
        new Select(find("#veld-rol")).selectByValue("BEROEPSKRACHT");
        find("#veld-maanden").sendKeys("500");
        find("form[action='/beheer/scholing/intervallen'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertAccessible("/beheer/scholing with errors");
        follow("/beheer/scholing/leden/" + TestActors.userId(jdbcTemplate, "ib-school"));
        assertAccessible("/beheer/scholing/leden/{id}");

        logIn("docent-school");
        assertThat(find(".alert--info").getText()).contains("Uw scholing over de meldcode is nog geldig tot en met");
        assertAccessible("/ as docent-school with the training notice");
        open("/scholing");
        assertAccessible("/scholing");
    }

    @Test
    void managementPages() {
        logIn("manager-school");
        assertAccessible("/ as manager-school");
        open("/management");
        assertAccessible("/management");
        open("/management?team=iets");
        assertAccessible("/management with an error");
    }

    @Test
    void privacyPages() {
        logIn("privacy-school");
        assertAccessible("/ as privacy-school");

        open("/toegangslog");
        find("#veld-gebruiker").sendKeys("privacy-school");
        find("form[action='/toegangslog'] button[type=submit]").click();
        waitForText("[role=status]", "regels gevonden");
        assertThat(driver().findElements(By.cssSelector("table tbody tr"))).isNotEmpty();
        assertAccessible("/toegangslog with results");

        open("/toegangslog");
        ((org.openqa.selenium.JavascriptExecutor) driver())
                .executeScript("document.getElementById('veld-van').value = '2026-05-01';"
                        + " document.getElementById('veld-tot').value = '2026-04-01';");
        find("form[action='/toegangslog'] button[type=submit]").click();
        waitForText("[role=alert]", "einddatum");
        assertAccessible("/toegangslog with errors");

        open("/toegangslog/controle");
        assertAccessible("/toegangslog/controle");
    }

    @Test
    void platformPages() {
        logIn("platform");
        assertAccessible("/ as platform");

        open("/platform/organisaties");
        assertAccessible("/platform/organisaties");
        // An organisation without a beroepscluster: the browser lets it through, the server does not.
        find("#veld-naam").sendKeys("Nieuwe school zonder cluster");
        new Select(find("#veld-soort")).selectByValue("ORGANISATIE");
        find("#veld-beheerderNaam").sendKeys("Bea Beheer");
        find("#veld-gebruikersnaam")
                .sendKeys("beheer-" + UUID.randomUUID().toString().substring(0, 8));
        find("#veld-wachtwoord").sendKeys("Lange-zin-voor-toegang-2026");
        find("form[action='/platform/organisaties'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertThat(find("#veld-beroepsclusters").getAttribute("class")).contains("field--invalid");
        assertAccessible("/platform/organisaties with errors");

        open("/platform/codelijsten");
        assertAccessible("/platform/codelijsten");
        // A code with capitals and a space, sent with the keyboard (Enter in a field): the server refuses it.
        find("#veld-labelNl").sendKeys("Digitaal geweld");
        find("#veld-labelEn").sendKeys("Digital violence");
        new Select(find("#veld-categorie")).selectByValue("ANDERS");
        find("#veld-code").sendKeys("Geen Slug");
        find("#veld-code").sendKeys(org.openqa.selenium.Keys.ENTER);
        waitForText("[role=alert]", "");
        assertThat(find("#veld-code").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible("/platform/codelijsten with errors");

        open("/platform/kalender?jaar=2030");
        assertAccessible("/platform/kalender");
        // A decree that equates a Saturday: the browser lets it through, the server does not.
        find("#veld-naam").sendKeys("Testbesluit toegankelijkheid");
        find("#veld-dagen").sendKeys("4-1-2031");
        find("form[action='/platform/kalender/besluiten'] button[type=submit]").click();
        waitForText("[role=alert]", "zaterdag");
        assertThat(find("#veld-dagen").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible("/platform/kalender with errors");

        // a message on its way to another Schakel instance (a party no longer configured here: its OIN is shown)
        UUID bericht = UUID.randomUUID();
        jdbcTemplate.update(
                "INSERT INTO keten.uitgaand_bericht (id, soort, van_tenant_id, ontvanger_oin, ontvanger_tenant_id,"
                        + " onderwerp_id, gemaakt_op, pogingen, volgende_poging, laatste_fout)"
                        + " VALUES (?, 'MELDING', ?, '00000009999999999999', ?, ?, now(), 3, now(), 'HTTP 503')",
                bericht,
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID());
        open("/platform/keten");
        assertAccessible("/platform/keten");
        find("form[action='/platform/keten/" + bericht + "/opnieuw'] button[type=submit]")
                .click();
        waitForText("[role=status]", "");
        assertAccessible("/platform/keten after a retry");
        jdbcTemplate.update("UPDATE keten.uitgaand_bericht SET afgeleverd_op = now() WHERE id = ?", bericht);
    }

    @Test
    void dossierPagesWithAndWithoutErrors() {
        logIn("leerkracht");
        open("/dossiers");
        assertThat(h1()).isEqualTo("Mijn dossiers");
        assertAccessible("/dossiers");

        open("/dossiers/nieuw");
        assertAccessible("/dossiers/nieuw");
        // An invalid BSN and a date of birth in the future: the browser lets both through, the server does not.
        find("#veld-naam").sendKeys("Sam Voorbeeld");
        setValue("veld-geboortedatum", "2999-01-01");
        find("#veld-bsn").sendKeys("123456788");
        new Select(find("#veld-relatie")).selectByValue("KIND");
        find("form[action='/dossiers/nieuw'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertThat(find("#veld-bsn").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find("#veld-geboortedatum").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible("/dossiers/nieuw with errors");

        setValue("veld-geboortedatum", "2018-03-04");
        find("#veld-bsn").clear();
        find("form[action='/dossiers/nieuw'] button[type=submit]").click();
        waitForText("[role=status]", "");
        assertThat(path()).startsWith("/dossiers/");
        String dossier = path();

        open(dossier + "/signalen");
        assertAccessible("signaal form");
        // From others without a source, dated in the future.
        setValue("veld-datum", "2999-01-01");
        find("#veld-waarneming").sendKeys("De buurvrouw hoorde geschreeuw.");
        new Select(find("#veld-soort")).selectByValue("DERDEN");
        find("form[action='" + dossier + "/signalen'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertThat(find("#veld-bron").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible("signaal form with errors");

        setValue("veld-datum", "2026-01-05");
        find("#veld-bron").sendKeys("De buurvrouw");
        find("details.vormen summary").click();
        find("#vorm-GETUIGE_HUISELIJK_GEWELD").click();
        find("form[action='" + dossier + "/signalen'] button[type=submit]").click();
        waitForText("[role=status]", "");
        assertThat(path()).isEqualTo(dossier);
        assertThat(find(".timeline").getText()).contains("De buurvrouw hoorde geschreeuw.");
        assertAccessible("/dossiers/{id} with a signaal");

        open(dossier + "/consultaties");
        assertAccessible("consultatie form");
        // With a colleague but without naming them, dated in the future: the browser lets both through.
        setValue("veld-datum", "2999-01-01");
        new Select(find("#veld-met")).selectByValue("COLLEGA");
        find("#veld-advies").sendKeys("Bespreek het met de aandachtsfunctionaris.");
        find("form[action='" + dossier + "/consultaties'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertThat(find("#veld-persoon").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find("#veld-datum").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible("consultatie form with errors");

        setValue("veld-datum", "2026-01-06");
        find("#veld-persoon").sendKeys("Intern begeleider");
        find("form[action='" + dossier + "/consultaties'] button[type=submit]").click();
        waitForText("[role=status]", "");
        assertThat(path()).isEqualTo(dossier);
        assertThat(find(".timeline").getText()).contains("Bespreek het met de aandachtsfunctionaris.");
        assertAccessible("/dossiers/{id} with a signaal and a consultatie");

        open(dossier + "/delen");
        assertThat(h1()).startsWith("Dossier delen");
        assertAccessible("/dossiers/{id}/delen");
        new Select(find("#veld-collega")).selectByVisibleText("Anouk Aandacht");
        find("form[action='" + dossier + "/delen'] button[type=submit]").click();
        waitForText("[role=status]", "");
        assertThat(find("#gedeeld-met + ul").getText()).contains("Anouk Aandacht");
        assertAccessible("/dossiers/{id}/delen with a share");

        open("/dossiers");
        assertThat(find("table").getText()).contains("Sam Voorbeeld");
        assertAccessible("/dossiers with a dossier");
    }

    @Test
    void meldingAndVirPagesWithAndWithoutErrors() {
        logIn("leerkracht");
        open("/dossiers/nieuw");
        find("#veld-naam").sendKeys("Mo Melding");
        setValue("veld-geboortedatum", "2016-09-10");
        new Select(find("#veld-relatie")).selectByValue("KIND");
        find("form[action='/dossiers/nieuw'] button[type=submit]").click();
        waitForText("[role=status]", "");
        String dossier = path();

        open(dossier + "/melding");
        assertThat(h1()).startsWith("Melding aan Veilig Thuis");
        assertAccessible("melding form");
        // The client was not told and no reason is given: the browser lets it through, the server does not.
        new Select(find("#veld-regio")).selectByVisibleText("Veilig Thuis Demo-Noord");
        find("#veld-watBlijfIkDoen").sendKeys("Ik blijf Mo op school volgen.");
        find("#geinformeerd-nee").click();
        find("#veld-contact").sendKeys("0612345678");
        find("form[action='" + dossier + "/melding'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertThat(find("#veld-redenNietGeinformeerd").getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertAccessible("melding form with errors");

        find("#veld-redenNietGeinformeerd").sendKeys("Vertellen is niet veilig voor Mo.");
        find("form[action='" + dossier + "/melding'] button[type=submit]").click();
        waitForText("[role=status]", "verstuurd naar Veilig Thuis");
        assertThat(path()).isEqualTo(dossier);
        assertThat(find("section[aria-labelledby=meldingen]").getText())
                .contains("Verzonden aan Veilig Thuis Demo-Noord op");
        assertAccessible("/dossiers/{id} with a melding");

        new Select(find("#veld-betrokkene")).selectByIndex(1);
        find("form[action='" + dossier + "/vir'] button[type=submit]").click();
        waitForText("[role=status]", "Verwijsindex is afgegeven");
        assertAccessible("/dossiers/{id} with a VIR signal");

        find("a[href^='" + dossier + "/vir/']").click();
        assertThat(h1()).startsWith("Signaal in de Verwijsindex verwijderen");
        assertAccessible("VIR removal form");
        find("#veld-reden").sendKeys("   ");
        find("form[action$='/verwijderen'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertAccessible("VIR removal form with errors");
        find("#veld-reden").sendKeys("Het risico is er niet meer.");
        find("form[action$='/verwijderen'] button[type=submit]").click();
        waitForText("[role=status]", "Verwijsindex is verwijderd");
        assertThat(path()).isEqualTo(dossier);
    }

    @Autowired
    DossierManagement dossiers;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Test
    void afwegingPagesWithAndWithoutErrors() {
        UUID id = dossiers.open(
                TestActors.actor(jdbcTemplate, "leerkracht"),
                List.of(new NewBetrokkene("Sam Afweging", LocalDate.of(2018, 3, 4), "", Relatie.KIND)));
        String dossier = "/dossiers/" + id;
        String page = dossier + "/afwegingen";
        logIn("leerkracht");
        open(page);
        assertAccessible("afwegingen, afweging 1");

        // A reason of only spaces: the browser lets it through, the server does not.
        find("#antwoord-ja").click();
        find("#veld-reden").sendKeys("   ");
        find("form[action='" + page + "'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertThat(find("#veld-reden").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible("afwegingen with errors");

        answer(page, "antwoord-ja", "Vaker blauwe plekken gezien.");
        answer(page, "antwoord-nee", "Geen acuut gevaar.");
        open(page);
        find("#antwoord-ja").click();
        for (String vereiste : List.of(
                "ZICHT_OP_VEILIGHEID",
                "AFSPRAKEN_OVER_SAMENWERKING_EN_REGIE",
                "ZICHT_OP_HERHALING_EN_PATRONEN",
                "FOCUS_OP_VEILIGHEID",
                "AANDACHT_VOOR_HERSTEL")) {
            find("#vereiste-" + vereiste).click();
        }
        assertAccessible("afweging 3 with the requirements for adequate help");
        find("#veld-reden").sendKeys("Intern begeleider en schoolmaatschappelijk werk.");
        find("form[action='" + page + "'] button[type=submit]").click();
        waitForText("[role=status]", "");
        answer(page, "antwoord-ja", "De ouders werken mee.");
        open(page);
        assertAccessible("afwegingen with hulpplan and beslissing 1");

        find("#b1-nee").click();
        find("#veld-b1reden").sendKeys("  ");
        find("form[action='" + dossier + "/beslissingen'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertAccessible("beslissing 1 with errors");
        find("#b1-nee").click();
        find("#veld-b1reden").sendKeys("Hulp is mogelijk.");
        find("form[action='" + dossier + "/beslissingen'] button[type=submit]").click();
        waitForText("[role=status]", "");

        find("#veld-plan").sendKeys("Wekelijks gesprek.");
        find("#veld-wie").sendKeys("Intern begeleider");
        setValue("veld-herbeoordeling", LocalDate.now(clock).plusDays(1).toString());
        find("form[action='" + dossier + "/hulpplan'] button[type=submit]").click();
        waitForText("[role=status]", "De hulp is vastgelegd.");
        assertAccessible("afwegingen with beslissing 2 and afweging 5");

        // A reminder as the scheduled job records it, on the home page and the dossier list.
        jdbcTemplate.update(
                "INSERT INTO dossier.herinnering (id, dossier_id, tenant_id, owner_id, hulpplan_entry_id,"
                        + " herbeoordeling, recorded_at) SELECT gen_random_uuid(), d.id, d.tenant_id, d.owner_id,"
                        + " e.id, CURRENT_DATE, now() FROM dossier.dossier d JOIN dossier.journal_entry e"
                        + " ON e.dossier_id = d.id AND e.kind = 'HULPPLAN' WHERE d.id = ?",
                id);
        open("/");
        assertThat(find("#herinneringen").getText()).isNotEmpty();
        assertAccessible("/ with a reminder");
        open("/dossiers");
        assertAccessible("/dossiers with a reminder");

        open(page);
        find("a[href^='" + page + "/'][href$='/wijzigen']").click();
        waitForPath(path());
        assertAccessible("change an afweging");

        open(dossier + "/afsluiten");
        assertAccessible("afsluiten");
        find("#veld-notitie").sendKeys("   ");
        find("form[action='" + dossier + "/afsluiten'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertAccessible("afsluiten with errors");
        find("#veld-notitie").sendKeys("De hulp loopt via het wijkteam.");
        find("form[action='" + dossier + "/afsluiten'] button[type=submit]").click();
        waitForText("[role=status]", "");
        assertAccessible("a closed dossier with the restart button");
        find("form[action='" + dossier + "/herstart'] button[type=submit]").click();
        waitForText("[role=status]", "");
        assertAccessible("a restarted dossier");
    }

    private void answer(String page, String radio, String reden) {
        open(page);
        find("#" + radio).click();
        find("#veld-reden").sendKeys(reden);
        find("form[action='" + page + "'] button[type=submit]").click();
        waitForText("[role=status]", "");
    }

    @Test
    void stepPagesWithAndWithoutErrors() {
        logIn("leerkracht");
        open("/dossiers/nieuw");
        find("#veld-naam").sendKeys("Mira Moeder");
        setValue("veld-geboortedatum", "1990-01-01");
        new Select(find("#veld-relatie")).selectByValue("CLIENT");
        find("form[action='/dossiers/nieuw'] button[type=submit]").click();
        waitForText("[role=status]", "");
        String dossier = path();

        open(dossier + "/gesprek");
        assertAccessible("gesprek form");
        find("#gevoerd-nee").click();
        find("form[action='" + dossier + "/gesprek'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertThat(find("#fout-reden").getText()).contains("Kies waarom");
        assertAccessible("gesprek form with errors");
        find("#reden-VEILIGHEID_CLIENT").click();
        find("#alsnog-ja").click();
        find("form[action='" + dossier + "/gesprek'] button[type=submit]").click();
        waitForText("[role=status]", "");
        assertThat(path()).isEqualTo(dossier);

        open(dossier + "/kindcheck");
        assertAccessible("kindcheck form");
        find("#minderjarigen-JA").click();
        find("form[action='" + dossier + "/kindcheck'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertAccessible("kindcheck form with errors");
        find("#aanleiding-VERSLAVING").click();
        find("#veld-aantal").sendKeys("1");
        find("#veld-leeftijden").sendKeys("6");
        find("#zorg-ALLEEN").click();
        find("#zwangerschap-NEE").click();
        find("form[action='" + dossier + "/kindcheck'] button[type=submit]").click();
        waitForText("[role=status]", "");
        assertThat(find("#kinddossier-aanbod").getText()).contains("kind");

        open(dossier + "/mantelzorgcheck");
        assertAccessible("mantelzorgcheck form");
        find("#zorgrelatie-GEEFT_ZORG").click();
        find("form[action='" + dossier + "/mantelzorgcheck'] button[type=submit]")
                .click();
        waitForText("[role=alert]", "");
        assertAccessible("mantelzorgcheck form with errors");
        find("#veld-wie").sendKeys("moeder van 82");
        find("#uitkomst-GEEN_ZORGEN").click();
        find("form[action='" + dossier + "/mantelzorgcheck'] button[type=submit]")
                .click();
        waitForText("[role=status]", "");

        open(dossier + "/medewerker");
        assertAccessible("medewerker form");
        setValue("veld-houderGeinformeerd", "2999-01-01");
        find("#aangifte-ja").click();
        find("form[action='" + dossier + "/medewerker'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertAccessible("medewerker form with errors");
        setValue("veld-houderGeinformeerd", "2026-01-05");
        find("#aangifte-nee").click();
        find("form[action='" + dossier + "/medewerker'] button[type=submit]").click();
        waitForText("[role=status]", "");
        assertAccessible("/dossiers/{id} with the steps");

        find("#kinddossier-aanbod a").click();
        waitForText("h1", "");
        assertAccessible("new dossier for a child");
        // A date of birth in the future: the browser lets it through, the server does not.
        find("#veld-naam").sendKeys("Kai Kind");
        setValue("veld-geboortedatum", "2999-01-01");
        find("form.form button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertAccessible("new dossier for a child with errors");

        open(dossier);
        driver().findElements(By.partialLinkText("Corrigeren")).getFirst().click();
        waitForText("h1", "");
        assertThat(find("#veld-reden").getAttribute("name")).isEqualTo("reden");
        assertAccessible("correction form");
        // A reason of only a space: the browser lets it through, the server does not.
        find("#veld-reden").sendKeys(" ");
        find("form.form button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertAccessible("correction form with errors");
    }

    private void setValue(String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) driver())
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    @Test
    void veiligThuisHomePage() {
        logIn("vt-noord");
        assertAccessible("/ as vt-noord");
        logOut();
        logIn("gw-noord");
        assertAccessible("/ as gw-noord");
        logOut();
        logIn("tl-noord");
        assertAccessible("/ as tl-noord");
    }

    @Autowired
    nl.schakel.veiligthuis.VeiligThuisManagement veiligThuis;

    @Test
    void veiligThuisIntakePages() {
        logIn("vt-noord");
        open("/veilig-thuis/nieuw");
        assertThat(h1()).isEqualTo("Nieuw contact vastleggen");
        assertAccessible("/veilig-thuis/nieuw");
        // A melding of an anonymous professional with an invalid BSN: the browser lets it through, the server does not.
        find("#soort-MELDING").click();
        find("#beller-BEROEPSKRACHT").click();
        find("#veld-anoniem").click();
        find("#veld-betrokkenen-0-naam").sendKeys("Mila Toegankelijk");
        find("#veld-betrokkenen-0-bsn").sendKeys("123456789");
        find("#veld-omschrijving").sendKeys("De juf zag blauwe plekken.");
        find("form[action='/veilig-thuis/nieuw'] button.button--primary").click();
        waitForText("[role=alert]", "");
        assertThat(find("#veld-betrokkenen-0-bsn").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find("#veld-anoniem").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible("/veilig-thuis/nieuw with errors");

        find("#veld-anoniem").click();
        find("#veld-melderNaam").sendKeys("Juf Toegankelijk");
        find("#veld-melderContact").sendKeys("0201234567");
        new Select(find("#veld-categorie")).selectByValue("ONDERWIJS");
        setValue("veld-betrokkenen-0-geboortedatum", "2016-04-05");
        new Select(find("#veld-betrokkenen-0-geslacht")).selectByValue("VROUW");
        new Select(find("#veld-betrokkenen-0-rol")).selectByValue("SLACHTOFFER");
        find("#veld-betrokkenen-0-bsn").clear();
        find("form[action='/veilig-thuis/nieuw'] button.button--primary").click();
        waitForText("[role=status]", "");
        assertThat(path()).startsWith("/veilig-thuis/zaken/");
        String zaak = path();
        assertAccessible("/veilig-thuis/zaken/{id}");

        find("#veld-reden").sendKeys("Terugbellen over de afspraken");
        find("#melder-inzien button[type=submit]").click();
        waitForText("h1", "Gegevens van de melder");
        assertAccessible("melder reveal result");

        open(zaak + "/overzicht");
        assertAccessible("overzicht voor het gezin");

        open(zaak + "/eerste-contact");
        assertAccessible("eerste contact");
        // Only spaces, and no answer to the yes/no question: the browser lets it through, the server does not.
        find("#veld-situatie").sendKeys(" ");
        find("#veld-inschattingGevaar").sendKeys(" ");
        find("#veld-afspraken").sendKeys(" ");
        find("form[action='" + zaak + "/eerste-contact'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertAccessible("eerste contact with errors");

        UUID advies = veiligThuis.registreer(
                TestActors.actor(jdbcTemplate, "vt-noord"),
                nl.schakel.veiligthuis.domain.Intake.of(
                        nl.schakel.veiligthuis.domain.ZaakSoort.ADVIES,
                        clock.instant().minusSeconds(600),
                        nl.schakel.veiligthuis.domain.Beller.PARTICULIER,
                        true,
                        new nl.schakel.veiligthuis.domain.Intake.MelderInvoer("", "", "", true),
                        null,
                        List.of(),
                        List.of(),
                        java.util.Set.of(),
                        false,
                        "Buurvrouw vraagt wat ze kan doen.",
                        clock.instant()));
        open("/veilig-thuis/zaken/" + advies);
        assertAccessible("/veilig-thuis/zaken/{id} of an advies");
        open("/veilig-thuis/zaken/" + advies + "/advies");
        assertAccessible("advies afronden");
        find("#veld-toelichting").sendKeys(" ");
        find("form[action='/veilig-thuis/zaken/" + advies + "/advies'] button[type=submit]")
                .click();
        waitForText("[role=alert]", "");
        assertAccessible("advies afronden with errors");
    }

    @Test
    void addingABetrokkeneWithAndWithoutErrors() {
        UUID id = dossiers.open(
                TestActors.actor(jdbcTemplate, "leerkracht"),
                List.of(new NewBetrokkene("Sam Betrokkene", LocalDate.of(2018, 3, 4), "", Relatie.KIND)));
        String page = "/dossiers/" + id + "/betrokkenen";
        logIn("leerkracht");
        open(page);
        assertAccessible("betrokkene toevoegen");
        find("#veld-naam").sendKeys("Zus Betrokkene");
        setValue("veld-geboortedatum", "2016-01-01");
        find("#veld-bsn").sendKeys("123456789");
        new org.openqa.selenium.support.ui.Select(find("#veld-relatie")).selectByValue("KIND");
        find("form[action='" + page + "'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertAccessible("betrokkene toevoegen with errors");
    }

    @Autowired
    nl.schakel.veiligthuis.Veiligheidsbeoordeling veiligheidsbeoordeling;

    private UUID vtMelding(String naam) {
        return vtMelding(TestActors.actor(jdbcTemplate, "vt-noord"), naam);
    }

    private UUID vtMelding(nl.schakel.shared.Actor door, String naam) {
        java.time.Instant ontvangen = clock.instant().minusSeconds(60);
        return veiligThuis.registreer(
                door,
                nl.schakel.veiligthuis.domain.Intake.of(
                        nl.schakel.veiligthuis.domain.ZaakSoort.MELDING,
                        ontvangen,
                        nl.schakel.veiligthuis.domain.Beller.BEROEPSKRACHT,
                        false,
                        new nl.schakel.veiligthuis.domain.Intake.MelderInvoer(
                                "Juf Testmelder", "School Test", "0201234567", true),
                        nl.schakel.veiligthuis.domain.MelderCategorie.ONDERWIJS,
                        List.of(new nl.schakel.veiligthuis.domain.Intake.PersoonInvoer(
                                naam,
                                LocalDate.of(2015, 8, 9),
                                nl.schakel.veiligthuis.domain.Geslacht.VROUW,
                                "",
                                nl.schakel.veiligthuis.domain.BetrokkeneRol.SLACHTOFFER)),
                        List.of(),
                        java.util.Set.of(nl.schakel.shared.VormVanGeweld.ANDERS),
                        true,
                        "Kind vertelt over ruzie thuis.",
                        clock.instant()));
    }

    @Test
    void veiligheidsbeoordelingPages() {
        String naam = "Kind Toegankelijk " + UUID.randomUUID().toString().substring(0, 6);
        vtMelding(naam);
        UUID id = vtMelding(naam);
        String zaak = "/veilig-thuis/zaken/" + id;
        logIn("vt-noord");

        open(zaak + "/verrijking");
        assertThat(find("#eerdere-zaken").getText()).contains(naam);
        assertAccessible("verrijking with own-records results");
        // A space as outcome and a date in the future: the browser lets both through, the server does not.
        new Select(find("#veld-bron")).selectByValue("POLITIE_OM");
        find("#veld-uitkomst").sendKeys(" ");
        setValue("veld-datum", "2999-01-01");
        find("form[action='" + zaak + "/verrijking'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertThat(find("#veld-datum").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible("verrijking with errors");

        open(zaak + "/taxatie");
        assertAccessible("taxatie and risk factors");
        find("#veld-redenAcuut").sendKeys(" ");
        find("#veld-redenStructureel").sendKeys(" ");
        find("#veld-redenMultiproblematiek").sendKeys(" ");
        find("form[action='" + zaak + "/taxatie'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertAccessible("taxatie with errors");
        veiligheidsbeoordeling.taxatie(
                TestActors.actor(jdbcTemplate, "vt-noord"),
                id,
                nl.schakel.veiligthuis.domain.Taxatie.of(false, "Geen direct gevaar.", true, "Ruzie.", false, "Nee."));
        veiligheidsbeoordeling.risicofactor(
                TestActors.actor(jdbcTemplate, "vt-noord"),
                id,
                nl.schakel.veiligthuis.domain.Risicofactor.of("Vader drinkt veel."));
        open(zaak + "/taxatie");
        assertAccessible("taxatie in force with a risk factor");

        open(zaak + "/besluit");
        assertAccessible("besluit voorstellen");
        find("#veld-motivering").sendKeys(" ");
        find("form[action='" + zaak + "/besluit'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertAccessible("besluit voorstellen with errors");
        find("#besluit-ONDERZOEK").click();
        find("#veld-motivering").sendKeys("Formele vaststelling nodig.");
        find("form[action='" + zaak + "/besluit'] button[type=submit]").click();
        waitForText("[role=status]", "");
        assertThat(path()).isEqualTo(zaak);
        assertAccessible("case page with the proposal, as the proposer");
        logOut();

        logIn("gw-noord");
        open("/veilig-thuis/besluiten");
        assertAccessible("/veilig-thuis/besluiten");
        open(zaak + "/besluit/beoordeling");
        assertThat(find("#taxatie-in-beoordeling").getText()).contains("Ruzie.", "Vader drinkt veel.");
        assertAccessible("beoordeling beside the taxatie and the verrijking");
        open(zaak);
        assertThat(find("#beoordeling")).isNotNull();
        assertAccessible("case page with the approval form");
        find("#goedgekeurd-nee").click();
        find("#beoordeling button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertAccessible("beoordeling with errors");
        logOut();
    }

    @Test
    void wachtrijEnTermijnenPages() {
        java.time.Instant now = clock.instant();
        UUID zaak = veiligThuis.registreer(
                TestActors.actor(jdbcTemplate, "vt-noord"),
                nl.schakel.veiligthuis.domain.Intake.of(
                        nl.schakel.veiligthuis.domain.ZaakSoort.MELDING,
                        now.minusSeconds(3600),
                        nl.schakel.veiligthuis.domain.Beller.BEROEPSKRACHT,
                        false,
                        new nl.schakel.veiligthuis.domain.Intake.MelderInvoer(
                                "Axe Melder", "Wijkteam", "0201234567", false),
                        nl.schakel.veiligthuis.domain.MelderCategorie.JEUGDZORG,
                        List.of(new nl.schakel.veiligthuis.domain.Intake.PersoonInvoer(
                                "Axe Kind",
                                LocalDate.of(2017, 2, 3),
                                nl.schakel.veiligthuis.domain.Geslacht.VROUW,
                                "",
                                nl.schakel.veiligthuis.domain.BetrokkeneRol.SLACHTOFFER)),
                        List.of(),
                        java.util.Set.of(),
                        false,
                        "Een melding voor de toegankelijkheidstest.",
                        now));
        logIn("vt-noord");
        open("/veilig-thuis/wachtrij");
        assertThat(find("#wachtrij").getText()).contains("Axe Kind");
        assertAccessible("/veilig-thuis/wachtrij");

        String page = "/veilig-thuis/zaken/" + zaak + "/acuut";
        open(page);
        assertAccessible("acuut maken");
        find("#veld-reden").sendKeys("   ");
        find("form[action='" + page + "'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertThat(find("#veld-reden").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible("acuut maken with errors");

        logIn("tl-noord");
        open("/veilig-thuis/termijnen");
        assertThat(find("#termijnen-weken").getText()).isNotBlank();
        assertAccessible("/veilig-thuis/termijnen");
    }

    @Test
    void aanvullingPagesAndTheCaseWithTheMeldingInSections() {
        nl.schakel.shared.Actor leerkracht = nl.schakel.TestActors.actor(jdbcTemplate, "leerkracht");
        nl.schakel.TestMeldingen.Verstuurd v = nl.schakel.TestMeldingen.vanuitDossier(
                dossiers,
                meldingen,
                keten,
                jdbcTemplate,
                "Axe Aanvulling",
                "",
                "Blauwe plek op de wang.",
                "Ik blijf haar volgen.",
                id -> stappen.addGesprek(
                        leerkracht,
                        id,
                        nl.schakel.dossier.domain.Gesprek.of(
                                true,
                                dossiers.today(),
                                "De moeder",
                                "De blauwe plek.",
                                "Moeder zei dat ze viel.",
                                null,
                                "",
                                null,
                                dossiers.today())));
        String dossier = "/dossiers/" + v.dossierId();
        UUID zaakId = nl.schakel.TestMeldingen.zaakVan(jdbcTemplate, v.meldingId());
        meldingen.aanvullen(leerkracht, v.dossierId(), "Ze vertelde later meer.");

        logIn("leerkracht");
        open(dossier + "/melding");
        assertThat(find("#al-gemeld").getText()).contains("U meldde al op");
        assertAccessible("melding form after a melding");
        new Select(find("#veld-regio")).selectByVisibleText("Veilig Thuis Demo-Noord");
        find("#veld-watBlijfIkDoen").sendKeys("Volgen.");
        find("#geinformeerd-ja").click();
        find("#veld-contact").sendKeys("0612345678");
        find("form[action='" + dossier + "/melding'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertAccessible("melding form refusing a silent second melding");

        open(dossier + "/aanvulling");
        assertThat(h1()).startsWith("Aanvulling op uw melding");
        assertAccessible("aanvulling form");
        // only spaces: the browser lets it through, the server does not
        find("#veld-tekst").sendKeys("   ");
        find("form[action='" + dossier + "/aanvulling'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertThat(find("#veld-tekst").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible("aanvulling form with errors");
        logOut();

        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() -> jdbcTemplate.queryForObject(
                                "SELECT count(*) FROM veiligthuis.aanvulling WHERE zaak_id = ?", Integer.class, zaakId)
                        == 1);
        logIn("vt-noord");
        open("/veilig-thuis/zaken/" + zaakId);
        assertThat(find("#uit-dossier").getText()).contains("Gesprek met de cliënt (1)", "Moeder zei dat ze viel.");
        assertThat(find("#aanvullingen")
                        .findElement(org.openqa.selenium.By.xpath(".."))
                        .getText())
                .contains("Ze vertelde later meer.");
        assertAccessible("/veilig-thuis/zaken/{id} with the melding in sections and an aanvulling");
        open("/veilig-thuis/wachtrij");
        assertAccessible("/veilig-thuis/wachtrij with an aanvulling");
    }

    @Autowired
    nl.schakel.dossier.MeldingManagement meldingen;

    @Autowired
    nl.schakel.dossier.DossierStappen stappen;

    @Autowired
    nl.schakel.keten.KetenManagement keten;

    @Test
    void voorwaardenEnVervolgPagesWithAndWithoutErrors() {
        UUID id = nl.schakel.veiligthuis.TestZaken.naBesluit(
                veiligThuis,
                veiligheidsbeoordeling,
                jdbcTemplate,
                clock.instant(),
                "Kind Voorwaarden",
                nl.schakel.veiligthuis.domain.Besluit.VOORWAARDEN_EN_VERVOLG);
        String zaak = "/veilig-thuis/zaken/" + id;
        String voorwaarden = zaak + "/voorwaarden";
        logIn("vt-noord");

        open(voorwaarden);
        assertAccessible("voorwaarden without any");
        find("#veld-tekst").sendKeys(" ");
        find("#veld-betreft").sendKeys(" ");
        find("#veld-controle").sendKeys(" ");
        find("form[action='" + voorwaarden + "'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertAccessible("voorwaarden with errors");
        find("#veld-tekst").sendKeys("Als vader drinkt, heeft hij geen contact met de kinderen.");
        find("#veld-betreft").sendKeys("Vader");
        find("#veld-controle").sendKeys("Wijkteam, elke week");
        find("form[action='" + voorwaarden + "'] button[type=submit]").click();
        waitForPath(zaak);
        assertAccessible("case page with a voorwaarde");

        open(voorwaarden);
        find("details summary").click();
        assertAccessible("voorwaarden with one, its history open");
        String wijziging = find("a[href$='/wijziging']").getAttribute("href");
        driver().get(wijziging);
        assertAccessible("voorwaarde wijzigen");
        find("#veld-tekst").clear();
        find("#veld-tekst").sendKeys("Vader drinkt niet thuis.");
        find("#veld-reden").sendKeys(" ");
        find("form#wijziging button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertAccessible("voorwaarde wijzigen with errors");
        find("#veld-reden").sendKeys("Vader drinkt nu ook overdag.");
        find("form#wijziging button[type=submit]").click();
        waitForPath(zaak);

        open(zaak + "/afspraken");
        assertAccessible("afspraken without any");
        find("#veld-wie").sendKeys("Moeder");
        find("#veld-wat").sendKeys(" ");
        find("form#afspraak button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertAccessible("afspraken with errors");
        find("#veld-wat").sendKeys("Belt het wijkteam als vader drinkt.");
        find("form#afspraak button[type=submit]").click();
        waitForPath(zaak);
        open(zaak + "/afspraken");
        assertAccessible("afspraken with one");
        logOut();

        logIn("gw-noord");
        open(voorwaarden + "/beoordeling");
        assertAccessible("voorwaarden beoordelen");
        find("#goedgekeurd-nee").click();
        find("#beoordeling button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertAccessible("voorwaarden beoordelen with errors");
    }

    @Autowired
    nl.schakel.veiligthuis.Onderzoek onderzoek;

    /** Part onderzoek: the report form, the case with its term and report, the verzoek and the answer of the Raad. */
    @Test
    void onderzoekEnRaadPages() {
        UUID id = vtMelding("Kind Onderzoek " + UUID.randomUUID().toString().substring(0, 6));
        nl.schakel.shared.Actor vt = TestActors.actor(jdbcTemplate, "vt-noord");
        LocalDate vandaag = LocalDate.ofInstant(clock.instant(), nl.schakel.veiligthuis.domain.Intake.NL);
        veiligheidsbeoordeling.verrijking(
                vt,
                id,
                nl.schakel.veiligthuis.domain.Verrijking.of(
                        nl.schakel.veiligthuis.domain.Bron.MELDING, "Gelezen.", vandaag, vandaag));
        veiligheidsbeoordeling.taxatie(
                vt,
                id,
                nl.schakel.veiligthuis.domain.Taxatie.of(false, "Geen direct gevaar.", true, "Ruzie.", false, "Nee."));
        veiligheidsbeoordeling.stelVoor(
                vt,
                id,
                nl.schakel.veiligthuis.domain.BesluitVoorgesteld.of(
                        nl.schakel.veiligthuis.domain.Besluit.ONDERZOEK, "Formele vaststelling nodig."));
        veiligheidsbeoordeling.beoordeel(TestActors.actor(jdbcTemplate, "gw-noord"), id, true, "");
        String zaak = "/veilig-thuis/zaken/" + id;
        logIn("vt-noord");

        open(zaak);
        assertThat(find("#onderzoek-uiterlijk").getText()).isNotBlank();
        assertAccessible("case page in an onderzoek, with its term");
        open(zaak + "/onderzoek");
        assertAccessible("onderzoek");
        find("#veld-informatieOpgevraagd").sendKeys(" ");
        find("#veld-conclusie").sendKeys(" ");
        find("form[action='" + zaak + "/onderzoek'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertAccessible("onderzoek with errors");
        find("#uitkomst-ANDERS-BEVESTIGD").click();
        find("#veld-onderbouwing-ANDERS").sendKeys("Gezien en gehoord.");
        find("#veld-informatieOpgevraagd").sendKeys("Huisarts, over letsel");
        find("#geinformeerd-ja").click();
        setValue("veld-geinformeerdOp", vandaag.toString());
        find("#voortijdig-nee").click();
        find("#veld-conclusie").sendKeys("Er is sprake van geweld.");
        find("form[action='" + zaak + "/onderzoek'] button[type=submit]").click();
        waitForText("[role=status]", "");
        assertThat(path()).isEqualTo(zaak);
        assertAccessible("case page with the report of the onderzoek");
        open(zaak + "/onderzoek");
        assertThat(find("#onderzoek-afronding")).isNotNull();
        assertAccessible("onderzoek with the form to end it");

        open(zaak + "/raad");
        assertAccessible("verzoek aan de Raad");
        find("#veld-reden").sendKeys(" ");
        setValue("veld-datum", "2999-01-01");
        find("form[action='" + zaak + "/raad'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertAccessible("verzoek aan de Raad with errors");
        find("#veld-reden").sendKeys("Een maatregel lijkt nodig.");
        setValue("veld-datum", vandaag.toString());
        find("form[action='" + zaak + "/raad'] button[type=submit]").click();
        waitForText("[role=status]", "");
        assertThat(path()).isEqualTo(zaak);
        open(zaak + "/raad");
        assertThat(find("#raad-antwoord-form")).isNotNull();
        assertAccessible("antwoord van de Raad");
        logOut();
    }

    @Autowired
    nl.schakel.veiligthuis.MonitoringManagement monitoring;

    @Autowired
    nl.schakel.veiligthuis.persistence.ZaakStore zaakStore;

    /** Issue 10, monitoring: the case's section, the monitoring page, the conclusion and its judgement. */
    @Test
    void monitoringPagesWithAndWithoutErrors() {
        UUID id = vtMelding("Kind Monitoring " + UUID.randomUUID().toString().substring(0, 6));
        LocalDate vandaag = LocalDate.ofInstant(clock.instant(), nl.schakel.veiligthuis.domain.Intake.NL);
        zaakStore.updateStatus(
                id,
                nl.schakel.veiligthuis.domain.ZaakStatus.VEILIGHEIDSBEOORDELING,
                nl.schakel.veiligthuis.domain.ZaakStatus.MONITORING,
                vandaag.minusMonths(3).minusDays(1));
        nl.schakel.shared.Actor medewerker = TestActors.actor(jdbcTemplate, "vt-noord");
        zaakStore.insertEntry(nl.schakel.shared.journal.JournalEntry.of(
                id,
                clock.instant(),
                medewerker.userId(),
                medewerker.displayName(),
                nl.schakel.shared.Role.VT_MEDEWERKER,
                null,
                nl.schakel.veiligthuis.domain.Veiligheidsvoorwaarde.of(
                        "Vader drinkt niet als de kinderen thuis zijn.", "Vader", "Wijkteam")));
        String zaak = "/veilig-thuis/zaken/" + id;
        logIn("vt-noord");

        open(zaak);
        assertThat(find("#monitoring-telaat").getText()).isNotBlank();
        assertAccessible("case page in monitoring with a late moment");
        open(zaak + "/monitoring");
        assertAccessible("monitoring page");
        // every radio unchosen and texts left empty: the server's own checks, as without the browser's
        ((org.openqa.selenium.JavascriptExecutor) driver())
                .executeScript("document.querySelectorAll('form').forEach(f => f.noValidate = true);");
        find("form[action='" + zaak + "/monitoring'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertAccessible("monitoring page with errors");
        ((org.openqa.selenium.JavascriptExecutor) driver())
                .executeScript("document.querySelectorAll('form').forEach(f => f.noValidate = true);");
        find("form[action='" + zaak + "/monitoring/plan'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertAccessible("monitoring page with errors in the plan form");

        var view = monitoring.bekijk(medewerker, id);
        var kind = view.zaak().betrokkenen().getFirst();
        var ja = new nl.schakel.veiligthuis.domain.Monitoringsmoment.AntwoordInvoer(
                nl.schakel.veiligthuis.domain.Monitoringsmoment.Mate.JA, "Het gaat goed.");
        monitoring.legVast(
                medewerker,
                id,
                new nl.schakel.veiligthuis.domain.Monitoringsmoment.Invoer(
                        vandaag,
                        view.plan().open().getFirst().datum(),
                        List.of(new nl.schakel.veiligthuis.domain.Monitoringsmoment.GesprekInvoer(kind.id(), true, "")),
                        "Het is rustig thuis.",
                        List.of(new nl.schakel.veiligthuis.domain.Monitoringsmoment.BevindingInvoer(
                                view.voorwaarden().alle().getFirst().id(),
                                nl.schakel.veiligthuis.domain.VoorwaardeStatus.NAGELEEFD,
                                "Volgens het wijkteam.")),
                        ja,
                        ja,
                        ja));
        open(zaak + "/monitoring/conclusie");
        assertAccessible("conclusie voorstellen");
        find("#veld-motivering").sendKeys(" ");
        find("form[action='" + zaak + "/monitoring/conclusie'] button[type=submit]")
                .click();
        waitForText("[role=alert]", "");
        assertAccessible("conclusie voorstellen with errors");
        find("#veld-motivering").sendKeys("Een jaar veilig.");
        find("form[action='" + zaak + "/monitoring/conclusie'] button[type=submit]")
                .click();
        waitForText("[role=status]", "");
        assertThat(path()).isEqualTo(zaak);
        logOut();

        logIn("gw-noord");
        open(zaak + "/monitoring/beoordeling");
        assertAccessible("conclusie beoordelen");
        find("#goedgekeurd-nee").click();
        find("#veld-toelichting").sendKeys(" ");
        find("#beoordeling button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertAccessible("conclusie beoordelen with errors");
        logOut();
    }

    @Autowired
    nl.schakel.veiligthuis.OverdrachtManagement overdracht;

    @Test
    void overdrachtPagesForVeiligThuisAndTheProfessional() {
        nl.schakel.TestMeldingen.Verstuurd v = nl.schakel.TestMeldingen.vanuitDossier(
                dossiers, meldingen, keten, jdbcTemplate, "Axe Overdracht", "", "Komt met honger.", "Ik volg haar.");
        UUID zaakId = nl.schakel.TestMeldingen.zaakVan(jdbcTemplate, v.meldingId());
        nl.schakel.shared.Actor vt = nl.schakel.TestActors.actor(jdbcTemplate, "vt-noord");
        veiligheidsbeoordeling.risicofactor(
                vt, zaakId, nl.schakel.veiligthuis.domain.Risicofactor.of("Vader is zijn werk kwijt."));
        assertThat(zaakStore.updateStatus(
                        zaakId,
                        nl.schakel.veiligthuis.domain.ZaakStatus.VEILIGHEIDSBEOORDELING,
                        nl.schakel.veiligthuis.domain.ZaakStatus.OVERDRACHT))
                .isTrue();
        // an offer to the local team three weeks ago, nobody accepted: flagged
        zaakStore.insertEntry(nl.schakel.shared.journal.JournalEntry.of(
                zaakId,
                java.time.Instant.now().minus(java.time.Duration.ofDays(21)),
                vt.userId(),
                vt.displayName(),
                nl.schakel.shared.Role.VT_MEDEWERKER,
                null,
                nl.schakel.veiligthuis.domain.OverdrachtAangeboden.of(
                        nl.schakel.veiligthuis.domain.Ontvanger.LOKAAL_TEAM,
                        "Wijkteam Noord",
                        "Gemeente Noord",
                        "020 555 01 01",
                        "Hulp aan het gezin.",
                        List.of())));
        overdracht.biedAan(
                vt,
                zaakId,
                new nl.schakel.veiligthuis.OverdrachtInvoer(
                        nl.schakel.veiligthuis.domain.Ontvanger.MELDER,
                        "Lotte Leerkracht",
                        "Basisschool De Schakel",
                        "",
                        "Zicht op haar op school."));
        String zaak = "/veilig-thuis/zaken/" + zaakId;

        logIn("vt-noord");
        open(zaak);
        assertThat(find("#overdracht-telaat").getText()).contains("Te laat");
        assertAccessible("/veilig-thuis/zaken/{id} with an overdracht");
        open(zaak + "/overdracht");
        assertThat(find("#overdracht-partijen").getText()).contains("Wijkteam Noord", "Lotte Leerkracht");
        assertAccessible("/veilig-thuis/zaken/{id}/overdracht");
        // only spaces: the browser lets them through, the server does not
        new Select(find("#veld-soort")).selectByValue("LOKAAL_TEAM");
        find("#veld-naam").sendKeys("   ");
        find("#veld-overname").sendKeys("   ");
        submit(zaak + "/overdracht");
        waitForText("[role=alert]", "");
        assertThat(find("#veld-overname").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible("/veilig-thuis/zaken/{id}/overdracht with errors");
        open(zaak + "/overdracht");
        new Select(find("#veld-partij")).selectByIndex(1);
        find("#aanvaard-nee").click();
        find("#veld-door").sendKeys("Wendy Wijk");
        setDate("#veld-datum", LocalDate.now(nl.schakel.veiligthuis.domain.Intake.NL));
        new Select(find("#veld-wijze")).selectByValue("TELEFOON");
        submit(zaak + "/overdracht/aanvaarding");
        waitForText("[role=alert]", "");
        assertThat(find("#veld-reden").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible("/veilig-thuis/zaken/{id}/overdracht with errors in the answer");
        open("/veilig-thuis/wachtrij");
        assertThat(find("#overdrachten-telaat-lijst").getText()).isNotBlank();
        assertAccessible("/veilig-thuis/wachtrij with a late overdracht");

        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() -> jdbcTemplate.queryForObject(
                                "SELECT count(*) FROM dossier.journal_entry WHERE dossier_id = ? AND kind = 'OVERDRACHT'",
                                Integer.class,
                                v.dossierId())
                        == 1);
        String overdrachtId = jdbcTemplate.queryForObject(
                "SELECT payload->>'overdrachtId' FROM dossier.journal_entry WHERE dossier_id = ? AND kind = 'OVERDRACHT'",
                String.class,
                v.dossierId());
        String dossier = "/dossiers/" + v.dossierId();
        String page = dossier + "/overdracht/" + overdrachtId;
        logIn("leerkracht");
        open(dossier);
        assertThat(find("#overdracht-open").getText()).contains("Veilig Thuis Demo-Noord");
        assertAccessible("/dossiers/{id} with an open overdracht");
        open(page);
        assertThat(find("#overdracht-risicofactoren").getText()).contains("Vader is zijn werk kwijt.");
        assertAccessible("/dossiers/{id}/overdracht/{overdracht}");
        find("#aanvaard-nee").click();
        submit(page);
        waitForText("[role=alert]", "");
        assertThat(find("#veld-reden").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible("/dossiers/{id}/overdracht/{overdracht} with errors");
        find("#aanvaard-ja").click();
        submit(page);
        waitForPath(dossier);
        assertNotice("U heeft de overdracht aanvaard.");
        assertAccessible("/dossiers/{id} after accepting the overdracht");
        logOut();

        logIn("tl-noord");
        open("/veilig-thuis/termijnen");
        assertAccessible("/veilig-thuis/termijnen with the overdracht list");
    }

    @Test
    void vtRegisterMatchPages() {
        String naam = "Kind Register " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = vtMelding(naam);
        // the same child (no BSN) in Demo-Zuid: a possible match in the national VT-register, told to both regions
        vtMelding(nl.schakel.veiligthuis.TestZaken.zuid(jdbcTemplate, clock.instant()), naam);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() -> jdbcTemplate.queryForObject(
                                "SELECT count(*) FROM veiligthuis.register_match WHERE zaak_id = ?", Integer.class, id)
                        == 1);
        String zaak = "/veilig-thuis/zaken/" + id;
        logIn("vt-noord");

        open("/veilig-thuis");
        assertThat(find("#register-taken").getText()).contains(naam, "Demo-Zuid", "te controleren");
        assertAccessible("VT home with a new match in the VT-register");

        open(zaak);
        assertThat(find("#vt-register-sectie").getText()).contains(naam, "Demo-Zuid", "te controleren");
        assertAccessible("case with a match in the VT-register");

        open(zaak + "/verrijking");
        assertThat(find("#bron-VT_REGISTER").getText()).contains("Demo-Zuid", "Schakel");
        assertThat(find("#eerdere-zaken").getText()).contains("Demo-Zuid");
        assertThat(driver().findElements(org.openqa.selenium.By.cssSelector("#veld-bron option[value=VT_REGISTER]")))
                .isEmpty();
        assertAccessible("verrijking with the family's timeline and the VT-register filled by Schakel");

        // marked seen by keyboard alone: to the button with Tab, then Enter
        open("/veilig-thuis");
        UUID match = jdbcTemplate.queryForObject(
                "SELECT match_id FROM veiligthuis.register_match WHERE zaak_id = ?", UUID.class, id);
        String knop = "#match-" + match + " button";
        for (int i = 0; i < 200 && !focused().equals(find(knop)); i++) {
            press(org.openqa.selenium.Keys.TAB);
        }
        assertThat(focused()).isEqualTo(find(knop));
        press(org.openqa.selenium.Keys.ENTER);
        waitForPath("/veilig-thuis");
        assertNotice("De match staat als gezien.");
        assertThat(driver().findElements(org.openqa.selenium.By.cssSelector("#match-" + match)))
                .isEmpty();
        assertAccessible("VT home after a match was marked seen");
    }

    @Test
    void theImplementationChecklistWithAndWithoutErrors() {
        logIn("beheer-school");
        open("/beheer/invoering");
        assertAccessible("/beheer/invoering");
        open("/beheer/invoering/implementatieplan");
        assertAccessible("/beheer/invoering/implementatieplan");
        // the form as it stands changes nothing: the server's error, and the demo stays as it is
        open("/beheer/invoering/stappenplan");
        assertAccessible("/beheer/invoering/stappenplan");
        find("form[action='/beheer/invoering/stappenplan'] button[type=submit]").click();
        waitForText("[role=alert]", "");
        assertAccessible("/beheer/invoering/stappenplan with errors");
        open("/beheer/invoering/procedures?bestand=te-groot");
        assertThat(find("#fout-bestand").getText()).contains("te groot");
        assertAccessible("/beheer/invoering/procedures with a too large document");
    }
}
