package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.schakel.TotpCodes;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The "Done when", in a real browser: two-step login in Dutch, logout, a beheerder adds a team and a
 * member, the privacy officer finds both in the access log, and a teacher is refused the access log.
 */
class PlatformJourneyIT extends BrowserTestBase {

    @Test
    void theWholeJourney() {
        // 1. leerkracht: password, then nothing but the code page until the code is given.
        enterPassword("leerkracht", TotpCodes.DEMO_PASSWORD);
        assertThat(path()).isEqualTo("/tweede-factor");
        open("/");
        assertThat(path()).isEqualTo("/tweede-factor");
        open("/beheer/leden");
        assertThat(path()).isEqualTo("/tweede-factor");

        enterCode(freshCode("leerkracht"));
        waitForPath("/");
        assertThat(find("html").getAttribute("lang")).isEqualTo("nl");
        assertThat(driver().getTitle()).isEqualTo("Start – Schakel");
        assertThat(h1()).isEqualTo("Welkom, Lotte Leerkracht");
        assertThat(find("header").getText()).contains("Uitloggen");

        logOut();
        assertThat(find("[role=status]").getText()).isEqualTo("U bent uitgelogd.");
        open("/");
        assertThat(path()).isEqualTo("/inloggen");

        // 2. beheer-school adds a team and a member of that team.
        String team = "Team " + UUID.randomUUID().toString().substring(0, 8);
        String member = "lid-" + UUID.randomUUID().toString().substring(0, 8);
        logIn("beheer-school");
        open("/beheer/teams");
        find("#veld-naam").sendKeys(team);
        find("form[action='/beheer/teams'] button[type=submit]").click();
        waitForText("[role=status]", "");
        assertThat(find("ul.list").getText()).contains(team);

        open("/beheer/leden");
        find("#veld-naam").sendKeys("Mees Medewerker");
        find("#veld-gebruikersnaam").sendKeys(member);
        find("#veld-wachtwoord").sendKeys("Een-lange-zin-als-wachtwoord-7");
        new Select(find("#veld-rol")).selectByValue("BEROEPSKRACHT");
        new Select(find("#veld-team")).selectByVisibleText(team);
        new Select(find("#veld-beroepscluster")).selectByValue("ONDERWIJS");
        find("form[action='/beheer/leden'] button[type=submit]").click();
        waitForText("[role=status]", "");
        WebElement row = find("table").findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains(member))
                .findFirst()
                .orElseThrow();
        assertThat(row.getText()).contains("Mees Medewerker", team);
        logOut();

        // 3. privacy-school searches the access log for beheer-school.
        logIn("privacy-school");
        open("/toegangslog");
        find("#veld-gebruiker").sendKeys("beheer-school");
        find("form[action='/toegangslog'] button[type=submit]").click();
        waitForText("[role=status]", "");
        List<String> events = driver().findElements(By.cssSelector("table tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(events).contains("Team toegevoegd", "Medewerker toegevoegd");
        List<String> users = driver().findElements(By.cssSelector("table tbody tr td:nth-child(5)")).stream()
                .map(WebElement::getText)
                .distinct()
                .toList();
        // the search finds what beheer-school did, also through an API client acting on behalf of beheer-school
        // (another test may have done so in the same database), and nobody else's rows
        assertThat(users)
                .contains("beheer-school")
                .allSatisfy(u -> assertThat(u).matches("(?s)beheer-school|.*namens beheer-school"));
        logOut();

        // 4. leerkracht may not see the access log.
        logIn("leerkracht");
        open("/toegangslog");
        assertThat(h1()).isEqualTo("Geen toegang");
        assertThat(path()).isEqualTo("/toegangslog");
    }
}
