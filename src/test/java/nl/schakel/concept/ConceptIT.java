package nl.schakel.concept;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.Browser;
import nl.schakel.TestActors;
import nl.schakel.WebITSupport;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.shared.Relatie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Drafts over HTTP: saved while typing, given back only to their author, removed once the form is saved. */
class ConceptIT extends WebITSupport {

    private static final String JSON = "application/json";

    @Autowired
    DossierManagement dossiers;

    @Autowired
    Concepten concepten;

    private UUID dossier() {
        return dossiers.open(
                TestActors.actor(jdbc, "leerkracht"),
                List.of(new NewBetrokkene("Noor Testpersoon", LocalDate.of(2017, 6, 1), "", Relatie.KIND)));
    }

    /** Posts to /concepten as the page's script does: the form's fields with its CSRF token, asking for JSON. */
    private static HttpResponse<String> saveDraft(Browser browser, String page, String... nameValues) {
        String token = browser.accepting("text/html").csrfToken(page);
        HttpResponse<String> response = browser.accepting(JSON).postWithToken(token, "/concepten", nameValues);
        browser.accepting("text/html");
        return response;
    }

    private static int draftStatus(Browser browser, String key) {
        int status = browser.accepting(JSON).get("/concepten?sleutel=" + key).statusCode();
        browser.accepting("text/html");
        return status;
    }

    private long drafts(String key) {
        return jdbc.queryForObject("SELECT count(*) FROM concept.concept WHERE sleutel = ?", Long.class, key);
    }

    @Test
    void aDraftIsGivenBackToItsAuthorOnlyAndNeverTheCsrfToken() {
        UUID id = dossier();
        String key = "signaal:" + id;
        Browser leerkracht = browser().login("leerkracht");
        String page = "/dossiers/" + id + "/signalen";
        assertThat(leerkracht.get(page).body()).contains("name=\"_concept\" value=\"" + key + "\"");

        HttpResponse<String> saved = saveDraft(
                leerkracht, page, "_concept", key, "waarneming", "Blauwe plek op de arm", "vormen", "A", "vormen", "B");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("opgeslagenOp");

        HttpResponse<String> back = leerkracht.accepting(JSON).get("/concepten?sleutel=" + key);
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body())
                .contains("Blauwe plek op de arm")
                .contains("[\"A\",\"B\"]")
                .doesNotContain("_csrf")
                .doesNotContain("_concept");
        assertThat(back.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));

        assertThat(draftStatus(browser().login("af-school"), key)).isEqualTo(204);
    }

    @Test
    void savingTheFormRemovesItsDraftAndARefusedFormKeepsIt() {
        UUID id = dossier();
        String key = "signaal:" + id;
        Browser leerkracht = browser().login("leerkracht");
        String page = "/dossiers/" + id + "/signalen";
        saveDraft(leerkracht, page, "_concept", key, "waarneming", "Half getypt");

        HttpResponse<String> refused =
                leerkracht.post(page, page, "_concept", key, "datum", "", "waarneming", "Half getypt");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(draftStatus(leerkracht, key)).isEqualTo(200);

        HttpResponse<String> saved = leerkracht.post(
                page,
                page,
                "_concept",
                key,
                "datum",
                LocalDate.now(clock).toString(),
                "waarneming",
                "Blauwe plek op de arm",
                "soort",
                "FEIT");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(draftStatus(leerkracht, key)).isEqualTo(204);
    }

    @Test
    void aBadKeyOrAHugeDraftIsRefusedInDutchAndNothingIsSaved() {
        Browser leerkracht = browser().login("leerkracht");
        HttpResponse<String> badKey = saveDraft(leerkracht, "/dossiers", "_concept", "../../x", "a", "b");
        assertThat(badKey.statusCode()).isEqualTo(400);
        assertThat(badKey.body()).contains("Dit formulier kan geen concept bewaren");

        HttpResponse<String> huge =
                saveDraft(leerkracht, "/dossiers", "_concept", "groot-concept", "naam", "x".repeat(70_000));
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(huge.body()).contains("te lang");
        assertThat(drafts("groot-concept")).isZero();
    }

    @Test
    void draftsPastTheirTermAreNotGivenBackAndArePurged() {
        Browser leerkracht = browser().login("leerkracht");
        // written 31 days ago (moving the shared clock that far would end the sessions of every later test)
        jdbc.update(
                "INSERT INTO concept.concept (user_id, sleutel, velden, opgeslagen_op) SELECT id, 'oud-concept',"
                        + " '{\"naam\": [\"Oud concept\"]}', ? FROM identity.account WHERE username = 'leerkracht'",
                Timestamp.from(clock.instant().minus(Duration.ofDays(31))));

        assertThat(draftStatus(leerkracht, "oud-concept")).isEqualTo(204);
        assertThat(concepten.purge()).isPositive();
        assertThat(drafts("oud-concept")).isZero();
    }

    @Test
    void withoutASessionNothingIsSaved() {
        HttpResponse<String> response = browser().postWithoutCsrf("/concepten", "_concept", "zonder-sessie");
        assertThat(response.statusCode()).isIn(302, 401, 403);
        assertThat(drafts("zonder-sessie")).isZero();
    }
}
