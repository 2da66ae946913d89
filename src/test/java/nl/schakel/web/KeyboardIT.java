package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.schakel.TotpCodes;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The login works with the keyboard alone: Tab, typing and Enter, no mouse clicks (WCAG 2.1.1, 2.4.1). */
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
}
