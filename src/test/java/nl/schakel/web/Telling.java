package nl.schakel.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Counts what a user does in the browser for {@link WerkplekIT}: interactions (mouse), key presses (keyboard) and
 * page loads. The counting rules are in {@code WerkplekIT}'s Javadoc and the README ("De werkplek van de
 * professional"). A page load is every new document the browser shows (a redirect after a POST is one, the page the
 * user sees); content htmx puts into the page is none.
 */
final class Telling {

    private final WebDriver driver;
    private int interacties;
    private int toetsaanslagen;
    private int paginaladingen;
    private Object document;
    private final Map<String, int[]> perStap = new LinkedHashMap<>();
    private String stap = "start";

    Telling(WebDriver driver) {
        this.driver = driver;
        this.document = documentId();
    }

    /** From now on the counts belong to this step of the case (for the breakdown). */
    void stap(String naam) {
        stap = naam;
    }

    /** One click, one choice of an option, or one field typed into. */
    void interactie() {
        interacties++;
        perStap.computeIfAbsent(stap, s -> new int[2])[0]++;
    }

    /** One key press; typing a field's text is one too. */
    void toets() {
        toetsaanslagen++;
        perStap.computeIfAbsent(stap, s -> new int[2])[1]++;
    }

    /** Interactions or key presses per step, for example "nieuw dossier 6, signaal 4". */
    String perStap(boolean toetsen) {
        StringBuilder text = new StringBuilder();
        perStap.forEach((naam, n) ->
                text.append(text.isEmpty() ? "" : ", ").append(naam).append(' ').append(n[toetsen ? 1 : 0]));
        return text.toString();
    }

    int interacties() {
        return interacties;
    }

    int toetsaanslagen() {
        return toetsaanslagen;
    }

    int paginaladingen() {
        return paginaladingen;
    }

    /**
     * Waits until the browser shows the answer to what the user just did, then counts a page load when a new
     * document is shown. Call with the page's {@code html} element taken before the action.
     */
    void wachtOpAntwoord(WebElement htmlVoorDeActie, long swapsVoorDeActie) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try {
                htmlVoorDeActie.isEnabled();
            } catch (StaleElementReferenceException e) {
                return "complete".equals(js("return document.readyState;"));
            } catch (WebDriverException e) {
                // While Chromium swaps documents the old element may no longer be in the document.
                return e.getMessage() != null
                        && e.getMessage().contains("does not belong to the document")
                        && "complete".equals(js("return document.readyState;"));
            }
            return swaps() > swapsVoorDeActie;
        });
        telPagina();
    }

    /** Counts a page load when the browser shows another document than at the last look. */
    void telPagina() {
        Object nu = documentId();
        if (!nu.equals(document)) {
            paginaladingen++;
            document = nu;
        }
    }

    /** How many times htmx has put new content into this document (0 on a new page). */
    long swaps() {
        Object n = js("if (!window.__tellingSwaps) { window.__tellingSwaps = {n: 0};"
                + " document.addEventListener('htmx:afterSettle', function () { window.__tellingSwaps.n++; }); }"
                + " return window.__tellingSwaps.n;");
        return n instanceof Number number ? number.longValue() : 0;
    }

    private Object documentId() {
        // Every document has its own time origin.
        return String.valueOf(js("return performance.timeOrigin;"));
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    String samenvatting() {
        return interacties + " interacties, " + toetsaanslagen + " toetsaanslagen, " + paginaladingen
                + " paginaladingen";
    }
}
