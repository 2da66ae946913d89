package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.schakel.TotpCodes;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages work with the keyboard alone: Tab, typing and Enter, no mouse clicks (WCAG 2.1.1, 2.4.1); after a save
 * the focus is on the confirmation, a refused form puts it on the error summary (WCAG 2.4.3, 3.3.1), and Enter in a
 * text field submits the form's main action.
 */
class KeyboardIT extends BrowserTestBase {

    @Test
    void firstTabFocusesTheVisibleSkipLink() {
        browser.forgetSession();
        open("/inloggen");

        press(Keys.TAB);

        WebElement focused = focused();
        assertThat(focused.getTagName()).isEqualTo("a");
        assertThat(focused.getText()).isEqualTo("Naar de inhoud");
        assertThat(focused.getAttribute("href")).endsWith("#inhoud");
        // Visible when focused: it moves into the viewport.
        assertThat(focused.getRect().getY()).isGreaterThanOrEqualTo(0);
        assertThat(focused.isDisplayed()).isTrue();
    }

    @Test
    void wholeLoginWithKeyboardOnly() {
        browser.forgetSession();
        open("/inloggen");

        // Skip link, straight to the form: Tab, Enter, Tab lands in the first field of the page content.
        press(Keys.TAB);
        press(Keys.ENTER);
        assertThat(focused().getAttribute("id")).isEqualTo("inhoud");
        press(Keys.TAB);
        assertThat(focused().getAttribute("id")).isEqualTo("veld-gebruikersnaam");
        type("leerkracht");
        press(Keys.TAB);
        assertThat(focused().getAttribute("id")).isEqualTo("veld-wachtwoord");
        type(TotpCodes.DEMO_PASSWORD);
        press(Keys.TAB);
        assertThat(focused().getTagName()).isEqualTo("button");
        assertThat(focused().getText()).isEqualTo("Inloggen");
        press(Keys.ENTER);

        waitForPath("/tweede-factor");
        press(Keys.TAB);
        assertThat(focused().getText()).isEqualTo("Naar de inhoud");
        press(Keys.ENTER);
        press(Keys.TAB);
        assertThat(focused().getAttribute("id")).isEqualTo("veld-code");
        type(freshCode("leerkracht"));
        press(Keys.TAB);
        assertThat(focused().getTagName()).isEqualTo("button");
        assertThat(focused().getText()).isEqualTo("Doorgaan");
        press(Keys.ENTER);

        waitForPath("/");
        assertThat(h1()).startsWith("Welkom");
    }

    @Test
    void afterASaveTheFocusIsOnTheConfirmation() {
        logIn("leerkracht");
        assertThat(focused().getTagName())
                .as("a page without a confirmation keeps the browser's focus")
                .isEqualTo("body");
        open("/dossiers/nieuw");
        find("#veld-naam").sendKeys("Fenna Focus");
        setDate("#veld-geboortedatum", LocalDate.of(2016, 6, 6));
        new Select(find("#veld-relatie")).selectByValue("KIND");
        submit("/dossiers/nieuw");
        waiting().until(d -> path().matches("/dossiers/[0-9a-f-]{36}"));

        WebElement notice = find("[role=status]");
        assertThat(notice.getText()).isEqualTo("Het dossier is geopend.");
        assertThat(focused()).as("focus on the confirmation").isEqualTo(notice);
        // The next Tab goes on from the confirmation, not from the top of the page.
        press(Keys.TAB);
        assertThat(focused().getText()).isNotEqualTo("Naar de inhoud");
        assertThat(isBefore(notice, focused())).isTrue();

        String dossier = path();
        driver().navigate().refresh();
        assertThat(driver().findElements(By.cssSelector("[role=status]#bevestiging")))
                .isEmpty();
        assertThat(focused().getTagName()).isEqualTo("body");

        // A page opened at a place (as after a save that leads to the next step) has the focus there.
        open("/");
        open(dossier + "#journaal");
        assertThat(focused()).isEqualTo(find("#journaal"));
    }

    @Test
    void aRefusedFormPutsTheFocusOnTheErrorSummaryWithTheErrorsInTheOrderOfTheFields() {
        logIn("leerkracht");
        open("/dossiers/nieuw");
        String title = driver().getTitle();
        assertThat(title).startsWith("Nieuw dossier");
        // The server's checks, not the browser's: as a browser that does not check required fields.
        ((JavascriptExecutor) driver())
                .executeScript("document.querySelector(\"form[action='/dossiers/nieuw']\").noValidate = true;");
        find("#veld-bsn").sendKeys("123");
        submit("/dossiers/nieuw");

        WebElement summary = find("[role=alert]");
        assertThat(focused()).as("focus on the error summary").isEqualTo(summary);
        assertThat(driver().getTitle()).isEqualTo("Fout: " + title);
        List<String> targets = summary.findElements(By.cssSelector("a")).stream()
                .map(a -> a.getAttribute("href").replaceFirst(".*#", ""))
                .toList();
        assertThat(targets).containsExactly("veld-naam", "veld-geboortedatum", "veld-bsn", "veld-relatie");
        for (int i = 1; i < targets.size(); i++) {
            assertThat(isBefore(find("#" + targets.get(i - 1)), find("#" + targets.get(i))))
                    .as("%s comes before %s on the page", targets.get(i - 1), targets.get(i))
                    .isTrue();
        }
        // Tab from the summary reaches its first link, Enter on it puts the focus in the field.
        press(Keys.TAB);
        assertThat(focused().getAttribute("href")).endsWith("#veld-naam");
        press(Keys.ENTER);
        assertThat(focused()).isEqualTo(find("#veld-naam"));

        // The same in English.
        open("/dossiers/nieuw?taal=en");
        String english = driver().getTitle();
        ((JavascriptExecutor) driver())
                .executeScript("document.querySelector(\"form[action='/dossiers/nieuw']\").noValidate = true;");
        submit("/dossiers/nieuw");
        assertThat(driver().getTitle()).isEqualTo("Error: " + english);
        open("/?taal=nl");
    }

    @Test
    void enterInATextFieldSubmitsTheMainActionNotAddAnotherPerson() {
        logIn("vt-noord");
        open("/veilig-thuis/nieuw");
        find("#soort-MELDING").click();
        find("#beller-BEROEPSKRACHT").click();
        find("#veld-melderContact").sendKeys("0201234567");
        new Select(find("#veld-categorie")).selectByValue("ONDERWIJS");
        find("#veld-betrokkenen-0-naam").sendKeys("Eva Enter");
        setDate("#veld-betrokkenen-0-geboortedatum", LocalDate.of(2015, 5, 5));
        new Select(find("#veld-betrokkenen-0-geslacht")).selectByValue("VROUW");
        new Select(find("#veld-betrokkenen-0-rol")).selectByValue("SLACHTOFFER");
        find("#veld-omschrijving").sendKeys("De juf zag blauwe plekken.");
        WebElement page = find("html");

        // Enter in the last text field typed in, as a user who is done.
        find("#veld-melderNaam").sendKeys("Juf Enter", Keys.ENTER);

        waiting().until(ExpectedConditions.stalenessOf(page));
        assertThat(path()).as("saved, not a form with another person").startsWith("/veilig-thuis/zaken/");
        assertThat(find("[role=status]").getText()).isNotBlank();
    }

    @Test
    void theButtonForAnotherPersonStillAddsOne() {
        logIn("vt-noord");
        open("/veilig-thuis/nieuw");
        find("#veld-betrokkenen-0-naam").sendKeys("Eva Enter");
        WebElement meer = find("button[name=actie][value=meer]");
        meer.click();
        waiting().until(ExpectedConditions.stalenessOf(meer));

        assertThat(path()).isEqualTo("/veilig-thuis/nieuw");
        assertThat(find("#veld-betrokkenen-0-naam").getDomProperty("value")).isEqualTo("Eva Enter");
        assertThat(find("#veld-betrokkenen-1-naam").isDisplayed()).isTrue();
        // The main action that Enter uses comes first but is not in the Tab order.
        assertThat(find("form[action='/veilig-thuis/nieuw'] button[type=submit]")
                        .getAttribute("tabindex"))
                .isEqualTo("-1");
    }

    private boolean isBefore(WebElement first, WebElement second) {
        Object before = ((JavascriptExecutor) driver())
                .executeScript(
                        "return (arguments[0].compareDocumentPosition(arguments[1])"
                                + " & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;",
                        first,
                        second);
        return Boolean.TRUE.equals(before);
    }
}
