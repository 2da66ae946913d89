package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.shared.Relatie;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12: the afwegingen and beslissingen are answered on one page. Each answer reveals the next question in place,
 * without a page load (a mark set on the page's window survives), and the focus moves to it; an error shows its
 * summary in place, with the focus on it. By mouse and by keyboard alone.
 */
class AfwegingenOpEenPaginaIT extends BrowserTestBase {

    private static final String MARK = "nog dezelfde pagina";

    @Autowired
    DossierManagement dossiers;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Test
    void afwegingen1And2AndBeslissing1WithoutAPageLoad() {
        String dossier = dossier("Sam Eenpagina");
        String page = dossier + "/afwegingen";
        logIn("leerkracht");
        open(page);
        mark();

        find("#antwoord-ja").click();
        find("#veld-reden").sendKeys("Blauwe plekken en wat moeder vertelde.");
        find("form[action='" + page + "'] button[type=submit]").click();
        waitForFocus("#vraag");
        assertThat(find("#vraag").getText()).isEqualTo("Afweging 2");
        assertNotice("Uw antwoord is opgeslagen.");
        assertThat(find("#antwoorden").findElement(By.xpath("..")).getText()).contains("Afweging 1: Ja");
        assertThat(path()).isEqualTo(page);

        // A reason of only spaces: the summary is shown in place and has the focus.
        find("#antwoord-ja").click();
        find("#onveiligheid-ACUUT").click();
        find("#veld-reden").sendKeys("   ");
        find("form[action='" + page + "'] button[type=submit]").click();
        waitForFocus("[role=alert]");
        assertThat(find("[role=alert]").getText()).contains("Schrijf op waarom u dit antwoord geeft.");
        assertThat(find("#veld-reden").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver().getTitle()).startsWith("Fout: ");
        assertThat(find("#onveiligheid-ACUUT").isSelected()).isTrue();
        assertAccessible("afwegingen, afweging 2 met een fout, zonder te laden");

        find("#veld-reden").clear();
        find("#veld-reden").sendKeys("Vader slaat en Sam is bang om naar huis te gaan.");
        find("form[action='" + page + "'] button[type=submit]").click();
        waitForFocus("#beslissing-1");
        assertThat(driver().getTitle()).doesNotStartWith("Fout");
        assertThat(find("body").getText()).contains("Afweging 2: Ja", "Meldnorm 1");
        assertAccessible("afwegingen na afweging 2, zonder te laden");

        find("#b1-ja").click();
        find("#veld-b1reden").sendKeys("Er is acute onveiligheid: melden is nodig.");
        find("form[action='" + dossier + "/beslissingen'] button[type=submit]").click();
        waitForFocus("#beslissing-2");
        assertNotice("Uw beslissing is opgeslagen.");
        assertThat(find("a[href='" + dossier + "/melding']").isDisplayed()).isTrue();
        assertAccessible("afwegingen na beslissing 1, zonder te laden");

        // The form htmx revealed saves its draft while the user types, as a form on a loaded page does.
        find("#veld-b2reden").sendKeys("Hulp van school alleen is niet genoeg.");
        waitForText("form:has(#veld-b2reden) [data-concept-status]", "Concept bewaard om");

        assertThat(marked()).as("no page was loaded").isTrue();
        assertThat(path()).isEqualTo(page);
    }

    @Test
    void byKeyboardTheFocusFollowsTheQuestions() {
        String dossier = dossier("Lina Eenpagina");
        String page = dossier + "/afwegingen";
        logIn("leerkracht");
        open(page);
        mark();

        tabTo("#antwoord-ja");
        press(Keys.SPACE);
        press(Keys.TAB);
        assertFocus("#veld-reden");
        type("Lina hoort geweld tussen haar ouders.");
        press(Keys.TAB);
        assertThat(focused().getText()).isEqualTo("Antwoord opslaan");
        press(Keys.ENTER);

        // Afweging 2: from its heading, Tab reaches its first answer.
        waitForFocus("#vraag");
        assertThat(focused().getText()).isEqualTo("Afweging 2");
        press(Keys.TAB);
        assertFocus("#antwoord-ja");
        press(Keys.SPACE);
        press(Keys.TAB);
        assertFocus("#onveiligheid-ACUUT");
        press(Keys.SPACE);
        press(Keys.TAB);
        assertFocus("#veld-reden");
        type("Het gebeurt vaak en ze is bang.");
        press(Keys.TAB);
        press(Keys.ENTER);

        // Beslissing 1 comes next.
        waitForFocus("#beslissing-1");
        press(Keys.TAB);
        assertFocus("#b1-ja");
        press(Keys.SPACE);
        press(Keys.TAB);
        assertFocus("#veld-b1reden");
        type("Acute onveiligheid: melden is nodig.");
        press(Keys.TAB);
        assertThat(focused().getText()).isEqualTo("Beslissing 1 opslaan");
        press(Keys.ENTER);

        waitForFocus("#beslissing-2");
        assertNotice("Uw beslissing is opgeslagen.");
        assertThat(marked()).as("no page was loaded").isTrue();
        tabTo("a[href='" + dossier + "/melding']");
        press(Keys.ENTER);
        waitForPath(dossier + "/melding");
    }

    private String dossier(String naam) {
        UUID id = dossiers.open(
                TestActors.actor(jdbcTemplate, "leerkracht"),
                List.of(new NewBetrokkene(naam, LocalDate.of(2016, 5, 4), "", Relatie.KIND)));
        return "/dossiers/" + id;
    }

    /** Sets a mark on the page's window: a page load would clear it. */
    private void mark() {
        ((JavascriptExecutor) driver()).executeScript("window.__marker = arguments[0];", MARK);
    }

    private boolean marked() {
        return MARK.equals(((JavascriptExecutor) driver()).executeScript("return window.__marker;"));
    }

    private void waitForFocus(String css) {
        waiting()
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .withMessage(() -> "focus on " + css)
                .until(d -> focused().equals(find(css)));
    }
}
