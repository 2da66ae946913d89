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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real browser: what the professional types is saved while they type, and comes back when they open the form
 * again (after closing the tab, or after a time-out and a new login); saving the form removes the draft.
 */
class ConceptBrowserIT extends BrowserTestBase {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Test
    void typedTextSurvivesLeavingThePageAndASavedFormLeavesNoDraft() {
        UUID id = dossiers.open(
                TestActors.actor(jdbcTemplate, "leerkracht"),
                List.of(new NewBetrokkene("Noor Testpersoon", LocalDate.of(2017, 6, 1), "", Relatie.KIND)));
        String page = "/dossiers/" + id + "/signalen";
        logIn("leerkracht");
        open(page);
        find("#veld-waarneming").sendKeys("Noor vertelde over ruzie thuis");
        find("details.vormen summary").click();
        find("#vorm-GETUIGE_HUISELIJK_GEWELD").click();
        waitForText("[data-concept-status]", "Concept bewaard om");

        // away and back: as after a time-out and a new login
        logOut();
        logIn("leerkracht");
        open(page);
        waitForText("[data-concept-status]", "is teruggezet");
        assertThat(find("#veld-waarneming").getDomProperty("value")).isEqualTo("Noor vertelde over ruzie thuis");
        assertThat(find("#vorm-GETUIGE_HUISELIJK_GEWELD").isSelected()).isTrue();
        // the folded-away forms of violence open again to show the restored choice
        assertThat(find("details.vormen").getDomProperty("open")).isEqualTo("true");
        assertAccessible("signaal met teruggezet concept");

        new org.openqa.selenium.support.ui.Select(find("#veld-soort")).selectByValue("FEIT");
        find("form.form button[type=submit]").click();
        waitForPath("/dossiers/" + id);
        assertThat(jdbc.sql("SELECT count(*) FROM concept.concept WHERE sleutel = ?")
                        .param("signaal:" + id)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
