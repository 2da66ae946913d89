package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.schakel.MutableClock;
import nl.schakel.TestClockConfiguration;
import nl.schakel.TotpCodes;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of the browser tests: the whole application on a random port, one headless Chromium per test class, and
 * helpers to log in through the real pages. All subclasses share one Spring context (same configuration).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
abstract class BrowserTestBase {

    @RegisterExtension
    static final ChromeBrowser browser = new ChromeBrowser();

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    WebDriver driver() {
        return browser.driver();
    }

    String url(String path) {
        // localhost is a secure context for Chromium, so the Secure __Host- session cookie is kept over http.
        return "http://localhost:" + port + path;
    }

    void open(String path) {
        driver().get(url(path));
    }

    String path() {
        return java.net.URI.create(driver().getCurrentUrl()).getPath();
    }

    WebElement find(String css) {
        return driver().findElement(By.cssSelector(css));
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver(), Duration.ofSeconds(15));
    }

    void waitForPath(String path) {
        waiting().until(d -> path.equals(path()));
    }

    void waitForText(String css, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    String h1() {
        return find("h1").getText();
    }

    void assertAccessible(String page) {
        Axe.assertNoViolations(driver(), page);
    }

    /** A TOTP code for a user that the server has not seen yet: past any step the user already used. */
    String freshCode(String username) {
        return freshCode(jdbc, clock, username, TotpCodes.DEMO_SECRET);
    }

    static String freshCode(JdbcClient jdbc, MutableClock clock, String username, String secret) {
        long lastStep = jdbc.sql("SELECT totp_last_step FROM identity.account WHERE lower(username) = lower(?)")
                .param(username)
                .query(Long.class)
                .single();
        while (clock.instant().getEpochSecond() / 30 < lastStep) {
            clock.advance(Duration.ofSeconds(30));
        }
        return TotpCodes.nextCode(clock, secret);
    }

    /** First factor only: ends on the second-factor page (or the set-up page for a new member). */
    void enterPassword(String username, String password) {
        browser.forgetSession();
        open("/inloggen");
        find("#veld-gebruikersnaam").sendKeys(username);
        find("#veld-wachtwoord").sendKeys(password);
        find("form[action='/inloggen'] button[type=submit]").click();
        waiting().until(d -> path().startsWith("/tweede-factor"));
    }

    void enterCode(String code) {
        WebElement field = find("#veld-code");
        field.sendKeys(code);
        field.findElement(By.xpath("./ancestor::form//button[@type='submit']")).click();
    }

    /** Logs a demo user in with password and TOTP code, as a fresh visitor, and waits for the home page. */
    void logIn(String username) {
        enterPassword(username, TotpCodes.DEMO_PASSWORD);
        assertThat(path()).isEqualTo("/tweede-factor");
        enterCode(freshCode(username));
        waitForPath("/");
    }

    void logOut() {
        find("header form[action='/uitloggen'] button[type=submit]").click();
        waitForPath("/inloggen");
    }

    /** Follows the link to the page and waits until it is shown. */
    void follow(String href) {
        find("a[href='" + href + "']").click();
        waitForPath(href);
    }

    /** Clicks the submit button of the form and waits until the browser shows the answer (a new page). */
    void submit(String action) {
        WebElement button = find("form[action='" + action + "'] button[type=submit]");
        button.click();
        // The old page is gone once its button is: stale, or (while Chromium swaps documents) no longer in the
        // document.
        waiting().until(d -> {
            try {
                button.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
            }
        });
    }

    /** A date field filled as the browser would after picking a date (the typed format depends on the locale). */
    void setDate(String css, java.time.LocalDate date) {
        ((org.openqa.selenium.JavascriptExecutor) driver())
                .executeScript("arguments[0].value = arguments[1];", find(css), date.toString());
    }

    /** The path of a dossier page. */
    static final String DOSSIER_PATH = "/dossiers/[0-9a-f-]{36}";

    /** On the page for a new dossier: opens one about a child of this name and birth date; returns its id. */
    String openDossier(String naam, String geboortedatum) {
        waitForPath("/dossiers/nieuw");
        find("#veld-naam").sendKeys(naam);
        setDate("#veld-geboortedatum", java.time.LocalDate.parse(geboortedatum));
        new org.openqa.selenium.support.ui.Select(find("#veld-relatie")).selectByValue("KIND");
        submit("/dossiers/nieuw");
        waiting().until(d -> path().matches(DOSSIER_PATH));
        return path().substring("/dossiers/".length());
    }

    /** Waits for the flash notice with this text. */
    void assertNotice(String text) {
        waitForText("[role=status]", text);
    }

    /** The element that has the keyboard focus. */
    WebElement focused() {
        return driver().switchTo().activeElement();
    }

    /** Keys go to whatever has the focus, as from a real keyboard. */
    void press(CharSequence key) {
        new org.openqa.selenium.interactions.Actions(driver()).sendKeys(key).perform();
    }

    /** Presses Tab until the element matching {@code css} has the focus: it must be reachable by keyboard. */
    WebElement tabTo(String css) {
        WebElement target = find(css);
        for (int i = 0; i < 120; i++) {
            press(org.openqa.selenium.Keys.TAB);
            if (focused().equals(target)) {
                return target;
            }
        }
        return org.assertj.core.api.Assertions.fail("Tab never reached %s on %s", css, path());
    }

    void assertFocus(String css) {
        assertThat(focused()).as("focus on %s", css).isEqualTo(find(css));
    }

    /** Types into whatever has the focus, as from a real keyboard. */
    void type(String text) {
        new org.openqa.selenium.interactions.Actions(driver()).sendKeys(text).perform();
    }

    /** The chain works after commit, in the background: reloads the page until the text is in the element's parent. */
    void waitUntilTextAfterReload(String css, String text) {
        waiting().withTimeout(Duration.ofSeconds(30)).until(d -> {
            d.navigate().refresh();
            return d.findElement(By.cssSelector(css))
                    .findElement(By.xpath(".."))
                    .getText()
                    .contains(text);
        });
    }
}
