package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.TotpCodes;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.shared.Relatie;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The session ends while the professional types (ADR-0028): what was typed before and after is kept in the tab, the
 * save leads to the login instead of a 403, and after both factors the same form is back with all the text, which
 * then saves.
 */
class SessieVerlopenIT extends BrowserTestBase {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Test
    void aSaveAfterTheSessionEndedLeadsThroughTheLoginBackToTheFormWithEverythingTyped() {
        UUID id = dossiers.open(
                TestActors.actor(jdbcTemplate, "leerkracht"),
                List.of(new NewBetrokkene("Noor Verlopen", LocalDate.of(2017, 6, 1), "", Relatie.KIND)));
        String page = "/dossiers/" + id + "/signalen";
        logIn("leerkracht");
        open(page);
        find("#veld-waarneming").sendKeys("Noor kwam zonder jas.");
        waitForText("[data-concept-status]", "Concept bewaard om");

        // the session ends on the server (as after 15 minutes without a request)
        assertThat(jdbcTemplate.update("DELETE FROM spring_session WHERE principal_name = 'leerkracht'"))
                .isPositive();

        find("#veld-waarneming").sendKeys(" Ze zei dat ze thuis niet mocht eten.");
        waitForText("[data-concept-status]", "Uw sessie is verlopen; wat u typte is bewaard");
        new Select(find("#veld-soort")).selectByValue("FEIT");
        find("details.vormen summary").click();
        find("#vorm-GETUIGE_HUISELIJK_GEWELD").click();
        find("form[action='" + page + "'] button[type=submit]").click();

        waitForPath("/inloggen");
        assertNotice("Uw sessie is verlopen; wat u typte is bewaard");
        assertThat(h1()).isNotEqualTo("Geen toegang");
        assertAccessible("/inloggen after the session ended");
        find("#veld-gebruikersnaam").sendKeys("leerkracht");
        find("#veld-wachtwoord").sendKeys(TotpCodes.DEMO_PASSWORD);
        find("form[action='/inloggen'] button[type=submit]").click();
        waitForPath("/tweede-factor");
        enterCode(freshCode("leerkracht"));

        waitForPath(page);
        waitForText("[data-concept-status]", "is teruggezet");
        String all = "Noor kwam zonder jas. Ze zei dat ze thuis niet mocht eten.";
        assertThat(find("#veld-waarneming").getDomProperty("value")).isEqualTo(all);
        assertThat(new Select(find("#veld-soort")).getFirstSelectedOption().getDomProperty("value"))
                .isEqualTo("FEIT");
        assertThat(find("#vorm-GETUIGE_HUISELIJK_GEWELD").isSelected()).isTrue();
        // saved to the server again, and no longer kept in the tab
        waiting()
                .until(d -> jdbcTemplate
                        .queryForList(
                                "SELECT velden::text FROM concept.concept WHERE sleutel = ?",
                                String.class,
                                "signaal:" + id)
                        .stream()
                        .anyMatch(v -> v.contains("thuis niet mocht eten")));
        waiting().until(d -> keptInTheTab() == 0);

        find("form[action='" + page + "'] button[type=submit]").click();
        waitForPath("/dossiers/" + id);
        assertThat(driver().getPageSource()).contains(all);
        assertThat(keptInTheTab()).isZero();
    }

    /** The drafts this tab keeps for want of a session (other scripts, htmx's history, keep their own keys). */
    private long keptInTheTab() {
        return ((Number) ((JavascriptExecutor) driver())
                        .executeScript("return Object.keys(sessionStorage)"
                                + ".filter(k => k.startsWith('schakel.concept:')).length"))
                .longValue();
    }
}
