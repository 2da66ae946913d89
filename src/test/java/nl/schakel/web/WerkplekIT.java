package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 12 measured: the typical case of a teacher ({@code leerkracht}), from the home page to the melding at Veilig
 * Thuis, once with the mouse and once with the keyboard alone, counting what the user does. The case: "Nieuw
 * dossier" for a child, two signalen of which one a disclosure, a collegiale consultatie with the
 * aandachtsfunctionaris, a gesprek with a parent, the afwegingen with acute unsafety, the beslissingen, and the
 * melding. The test starts signed in on the home page (the login is not counted) and ends when the dossier says
 * the melding was sent. It prints the figures ({@code Werkplek: …}) for the README's section "De werkplek van de
 * professional".
 *
 * <p>Counting rule with the mouse (interactions): one click on a link, button, radio button or checkbox is one;
 * choosing an option of a list is one; typing into a field is one per field, the click into the field included; a
 * field Schakel already filled in (a date of today, a prefilled name or contact) that the user leaves as it is
 * costs nothing. Every new page the browser shows is a page load (a save and the page after it is one).
 *
 * <p>Counting rule with the keyboard (key presses; no clicks, only keys sent to the focused element): Tab,
 * Shift+Tab, Enter, Space and each arrow key count one; typing a field's text counts one per field (so does typing
 * the first letters of an option in a list, and typing a date); a prefilled field that stays as it is costs
 * nothing. The user moves through a page as a sighted keyboard user would: from the top of a page through the
 * skip link "Naar de inhoud", else Tab forward or Shift+Tab back to the next field, Enter in a one-line text field
 * to submit the form's main action, else Tab to the button and Enter.
 */
class WerkplekIT extends BrowserTestBase {

    /** Issue 12's goal with the mouse. */
    private static final int MAX_INTERACTIES = 40;

    /** Issue 12's goal with the keyboard alone. */
    private static final int MAX_TOETSAANSLAGEN = 150;

    private static final String DOSSIER_PATH = "/dossiers/[0-9a-f-]{36}";

    private Telling telling;

    @Test
    void typicalCaseWithTheMouse() {
        logIn("leerkracht");
        telling = new Telling(driver());

        typicalCase(new Muis(), "Noor");

        System.out.println("Werkplek: " + telling.interacties() + " interacties, " + telling.paginaladingen()
                + " paginaladingen (met de muis; per stap: " + telling.perStap(false) + ")");
        assertThat(telling.interacties())
                .as("interactions with the mouse (goal %d): %s", MAX_INTERACTIES, telling.samenvatting())
                .isLessThanOrEqualTo(MAX_INTERACTIES);
    }

    @Test
    void typicalCaseWithTheKeyboardAlone() {
        logIn("leerkracht");
        telling = new Telling(driver());

        typicalCase(new Toetsenbord(), "Sem");

        System.out.println("Werkplek: " + telling.toetsaanslagen() + " toetsaanslagen, " + telling.paginaladingen()
                + " paginaladingen (alleen toetsenbord; per stap: " + telling.perStap(true) + ")");
        assertThat(telling.toetsaanslagen())
                .as("key presses with the keyboard alone (goal %d): %s", MAX_TOETSAANSLAGEN, telling.samenvatting())
                .isLessThanOrEqualTo(MAX_TOETSAANSLAGEN);
    }

    /** The typical case from the home page to the melding, by mouse or by keyboard. */
    private void typicalCase(Gebruiker user, String kind) {
        telling.stap("nieuw dossier");
        if (driver().findElements(By.cssSelector("a[href='/dossiers/nieuw']")).isEmpty()) {
            user.naar("/dossiers");
        }
        user.naar("/dossiers/nieuw");
        user.vul("#veld-naam", kind + " Werkplek");
        user.datum("#veld-geboortedatum", LocalDate.of(2016, 4, 4));
        user.kies("#veld-relatie", "KIND");
        user.opslaan(form("/dossiers/nieuw"));
        assertThat(path()).matches(DOSSIER_PATH);
        String dossier = path();
        assertNotice("Het dossier is geopend.");

        telling.stap("signaal");
        user.naar(dossier + "/signalen");
        user.vul("#veld-waarneming", kind + " had een blauw oog en zei niets toen ik ernaar vroeg.");
        user.kies("#veld-soort", "FEIT");
        // "Opslaan en nog een signaal": the form comes back empty for the disclosure.
        user.klik(form(dossier + "/signalen").findElement(By.cssSelector("button[name=daarna]")));
        assertNotice("Het signaal is vastgelegd.");

        telling.stap("disclosure");
        assertThat(path()).isEqualTo(dossier + "/signalen");
        user.vul("#veld-waarneming", kind + " vertelde mij: \"Papa slaat mama en dan word ik ook geslagen.\"");
        user.kies("#veld-soort", "FEIT");
        user.knop("#veld-disclosure");
        user.opslaan(form(dossier + "/signalen"));
        assertNotice("Het signaal is vastgelegd.");

        telling.stap("consultatie");
        user.naar(dossier + "/consultaties");
        user.kies("#veld-met", "AANDACHTSFUNCTIONARIS");
        user.vul("#veld-persoon", "Anouk Aandacht");
        user.vul("#veld-advies", "Praat met moeder als dat veilig kan en weeg dan af; bij gevaar meteen melden.");
        user.opslaan(form(dossier + "/consultaties"));
        assertNotice("De collegiale consultatie is vastgelegd.");

        telling.stap("gesprek");
        user.naar(dossier + "/gesprek");
        user.knop("#gevoerd-ja");
        user.vul("#veld-metWie", "De moeder van " + kind);
        user.vul("#veld-besproken", "Het blauwe oog en wat " + kind + " vertelde.");
        user.vul("#veld-reactie", "Moeder huilde en zei dat ze bang is voor haar man.");
        user.opslaan(form(dossier + "/gesprek"));
        assertNotice("Het gesprek met de cliënt is vastgelegd.");

        telling.stap("afwegingen");
        user.naar(dossier + "/afwegingen");
        // The disclosure answers afweging 2 (acute onveiligheid, rule 13); afwegingen 3 to 5 come after the melding,
        // together with Veilig Thuis (rule 3), so the page leads from afweging 1 straight to the beslissingen.
        afweging(user, kind + " vertelde het zelf en had een blauw oog.");
        assertThat(find("body").getText()).contains("Meldnorm 1");
        assertThat(find("[data-volgende]").getAttribute("id")).isEqualTo("beslissing-1");
        telling.stap("beslissingen");
        beslissing(user, 1, "ja", "Er is acute onveiligheid: melden is nodig.");
        beslissing(user, 2, "nee", "Hulp van school alleen is niet genoeg.");

        telling.stap("melding");
        user.naar(dossier + "/melding");
        user.kies("#veld-regio", optionValue("#veld-regio", "Veilig Thuis Demo-Noord"));
        user.vul("#veld-watBlijfIkDoen", kind + " blijft bij mij in de klas; ik houd contact met moeder.");
        user.knop("#geinformeerd-ja");
        user.vul("#veld-contact", "0612345678");
        user.opslaan(form(dossier + "/melding"));
        assertNotice("De melding is verstuurd naar Veilig Thuis.");
        assertThat(path()).isEqualTo(dossier);
    }

    /** Answers the afweging asked now with ja (with acute unsafety where the kind is asked) and a reason. */
    private void afweging(Gebruiker user, String reden) {
        String asked = find("#vraag").getText();
        user.knop("#antwoord-ja");
        if (!driver().findElements(By.id("onveiligheid-ACUUT")).isEmpty()) {
            user.knop("#onveiligheid-ACUUT");
        }
        user.vul("#veld-reden", reden);
        user.opslaan(find("#veld-reden").findElement(By.xpath("./ancestor::form")));
        assertThat(driver().findElements(By.id("vraag")).stream().map(WebElement::getText))
                .doesNotContain(asked);
    }

    private void beslissing(Gebruiker user, int nummer, String antwoord, String reden) {
        user.knop("#b" + nummer + "-" + antwoord);
        user.vul("#veld-b" + nummer + "reden", reden);
        user.opslaan(find("#veld-b" + nummer + "reden").findElement(By.xpath("./ancestor::form")));
        waitForText("[role=status]", "Uw beslissing is opgeslagen.");
    }

    /** What the user does on a page; the mouse and the keyboard each do it their way, and count it. */
    private interface Gebruiker {

        /** Goes to the page through its first visible link, unless the browser already shows it. */
        void naar(String href);

        /** Types into an empty field; a field Schakel filled in already is left as it is (and costs nothing). */
        void vul(String css, String text);

        /** Fills an empty date field. */
        void datum(String css, LocalDate date);

        /** Chooses an option of a list, unless it is chosen already. */
        void kies(String css, String optionValue);

        /** Checks a radio button or checkbox, unless it is checked already. */
        void knop(String css);

        /** Submits the form's main action and waits for the answer. */
        void opslaan(WebElement form);

        /** Presses another button than the main action (a secondary submit) and waits for the answer. */
        void klik(WebElement button);
    }

    /** The mouse: clicks, choices and typing, each counted as one interaction. */
    private final class Muis implements Gebruiker {

        @Override
        public void naar(String href) {
            if (path().equals(href)) {
                return;
            }
            klikEnWacht(link(href));
            assertThat(path()).isEqualTo(href);
        }

        @Override
        public void vul(String css, String text) {
            WebElement field = find(css);
            if (!value(field).isEmpty()) {
                return;
            }
            telling.interactie();
            field.sendKeys(text);
        }

        /** As the browser's date picker fills it: one interaction. */
        @Override
        public void datum(String css, LocalDate date) {
            if (!value(find(css)).isEmpty()) {
                return;
            }
            telling.interactie();
            setDate(css, date);
        }

        @Override
        public void kies(String css, String optionValue) {
            if (optionValue.equals(selectedValue(css))) {
                return;
            }
            telling.interactie();
            new Select(find(css)).selectByValue(optionValue);
        }

        @Override
        public void knop(String css) {
            WebElement box = find(css);
            if (box.isSelected()) {
                return;
            }
            telling.interactie();
            box.click();
            assertThat(box.isSelected()).isTrue();
        }

        /** Clicks the form's main action: its first visible submit button. */
        @Override
        public void opslaan(WebElement form) {
            klikEnWacht(mainButton(form));
        }

        @Override
        public void klik(WebElement button) {
            klikEnWacht(button);
        }

        private void klikEnWacht(WebElement element) {
            WebElement html = find("html");
            long swaps = telling.swaps();
            telling.interactie();
            element.click();
            telling.wachtOpAntwoord(html, swaps);
        }
    }

    /** The keyboard alone: keys sent to the focused element, each counted; never a click. */
    private final class Toetsenbord implements Gebruiker {

        /** Moves the focus to the link and presses Enter. */
        @Override
        public void naar(String href) {
            if (path().equals(href)) {
                return;
            }
            focus(link(href));
            enter();
            assertThat(path()).isEqualTo(href);
        }

        @Override
        public void vul(String css, String text) {
            WebElement field = find(css);
            if (!value(field).isEmpty()) {
                return;
            }
            focus(field);
            typeCounted(text);
            assertThat(value(field)).isEqualTo(text);
        }

        /**
         * Types the date segment by segment as a person would: one field's text. The order of the segments follows
         * the browser's locale (day-month or month-day, the year last), so the date must have day = month.
         */
        @Override
        public void datum(String css, LocalDate date) {
            WebElement field = find(css);
            if (!value(field).isEmpty()) {
                return;
            }
            assertThat(date.getDayOfMonth()).isEqualTo(date.getMonthValue());
            focus(field);
            typeCounted("%02d%02d%04d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear()));
            assertThat(value(field)).isEqualTo(date.toString());
        }

        /**
         * Types the first word of the option's text (one field's text), then the arrow keys if another option starts
         * with the same word.
         */
        @Override
        public void kies(String css, String optionValue) {
            if (optionValue.equals(selectedValue(css))) {
                return;
            }
            Select select = new Select(find(css));
            focus(find(css));
            String text = select.getOptions().stream()
                    .filter(o -> optionValue.equals(o.getAttribute("value")))
                    .findFirst()
                    .orElseThrow()
                    .getText();
            typeCounted(text.split("[ :]")[0]);
            for (int i = 0; i < 10 && !optionValue.equals(selectedValue(css)); i++) {
                pressCounted(Keys.ARROW_DOWN);
            }
            assertThat(selectedValue(css)).isEqualTo(optionValue);
        }

        /**
         * A checkbox: Space. A radio button: Tab reaches its group at the checked (or first) button, the arrow keys
         * move and choose, Space chooses the button that has the focus.
         */
        @Override
        public void knop(String css) {
            WebElement target = find(css);
            if (target.isSelected()) {
                return;
            }
            if (!"radio".equals(target.getAttribute("type"))) {
                focus(target);
                pressCounted(Keys.SPACE);
                assertThat(target.isSelected()).isTrue();
                return;
            }
            // A radio group is the buttons of the same name in the same form.
            List<WebElement> group = target.findElements(
                    By.xpath("./ancestor::form//input[@type='radio' and @name='" + target.getAttribute("name") + "']"));
            WebElement entry =
                    group.stream().filter(WebElement::isSelected).findFirst().orElse(group.getFirst());
            focus(entry);
            for (int i = 0; i < group.size() && !focused().equals(target); i++) {
                pressCounted(group.indexOf(target) > group.indexOf(focused()) ? Keys.ARROW_DOWN : Keys.ARROW_UP);
            }
            assertThat(focused()).isEqualTo(target);
            if (!target.isSelected()) {
                pressCounted(Keys.SPACE);
            }
            assertThat(target.isSelected()).isTrue();
        }

        /**
         * Enter when the focus is in one of the form's one-line text fields (HTML's implicit submission submits the
         * main action), else Tab to its main button and Enter.
         */
        @Override
        public void opslaan(WebElement form) {
            WebElement current = focused();
            boolean inOneLineField = current.getTagName().equals("input")
                    && List.of("text", "search", "tel", "email", "url", "number", "password", "date")
                            .contains(current.getAttribute("type"))
                    && form.equals(current.findElement(By.xpath("./ancestor::form")));
            if (!inOneLineField) {
                focus(mainButton(form));
            }
            enter();
        }

        /**
         * Moves the focus to the element as a sighted keyboard user would: from the top of the page (nothing
         * focused) into the content through the skip link, then Tab forward, or Shift+Tab when the element comes
         * before the focus.
         */
        private void focus(WebElement target) {
            if (focused().equals(target)) {
                return;
            }
            if (nothingFocused() && isInside(target, "main")) {
                pressCounted(Keys.TAB);
                assertThat(focused().getText()).isEqualTo("Naar de inhoud");
                pressCounted(Keys.ENTER);
            }
            boolean back = !nothingFocused() && isBefore(target, focused());
            for (int i = 0; i < 150; i++) {
                pressCounted(back ? Keys.chord(Keys.SHIFT, Keys.TAB) : Keys.TAB);
                if (focused().equals(target)) {
                    return;
                }
            }
            fail("The keyboard never reached %s on %s", target, path());
        }

        /** Moves the focus to the button and presses Enter. */
        @Override
        public void klik(WebElement button) {
            focus(button);
            enter();
        }

        /** Presses Enter on what has the focus and waits for the answer (a new page, or new content from htmx). */
        private void enter() {
            WebElement html = find("html");
            long swaps = telling.swaps();
            pressCounted(Keys.ENTER);
            telling.wachtOpAntwoord(html, swaps);
        }

        private void pressCounted(CharSequence key) {
            telling.toets();
            press(key);
        }

        private void typeCounted(String text) {
            telling.toets();
            type(text);
        }
    }

    // --- shared ---

    private WebElement form(String action) {
        return find("form[action='" + action + "']");
    }

    /** The first visible link to the page, also one with a query ({@code href?…}). */
    private WebElement link(String href) {
        return driver().findElements(By.cssSelector("a[href='" + href + "'], a[href^='" + href + "?']")).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no link to " + href + " on " + path()));
    }

    /** The form's main action: its first visible submit button (a hidden default button only serves Enter). */
    private static WebElement mainButton(WebElement form) {
        return form.findElements(By.cssSelector("button[type=submit]")).stream()
                .filter(WebElement::isDisplayed)
                .filter(b -> !"-1".equals(b.getAttribute("tabindex")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no submit button in " + form.getAttribute("action")));
    }

    private String optionValue(String css, String text) {
        return new Select(find(css))
                .getOptions().stream()
                        .filter(o -> o.getText().equals(text))
                        .findFirst()
                        .orElseThrow()
                        .getAttribute("value");
    }

    private String selectedValue(String css) {
        return new Select(find(css)).getFirstSelectedOption().getAttribute("value");
    }

    private static String value(WebElement field) {
        String value = field.getDomProperty("value");
        return value == null ? "" : value;
    }

    private boolean nothingFocused() {
        String tag = focused().getTagName();
        return tag.equals("body") || tag.equals("html");
    }

    private boolean isInside(WebElement element, String css) {
        return Boolean.TRUE.equals(js("return arguments[0].closest(arguments[1]) !== null;", element, css));
    }

    private boolean isBefore(WebElement first, WebElement second) {
        return Boolean.TRUE.equals(js(
                "return (arguments[0].compareDocumentPosition(arguments[1]) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;",
                first,
                second));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(script, args);
    }
}
