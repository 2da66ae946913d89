package nl.schakel.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import nl.schakel.Browser;
import nl.schakel.TestActors;
import nl.schakel.WebIT;
import nl.schakel.WebITSupport;
import org.junit.jupiter.api.Test;

/**
 * The training register's pages with the demo school: the overview of who is due with "e-mail is off", the member
 * page with its Dutch form errors, the own page, the home page notice, the e-mail address on the members page, and
 * who may open what.
 */
@WebIT
class ScholingPagesIT extends WebITSupport {

    @Test
    void theBeheerderSeesWhoIsDueAndThatEmailIsOff() {
        HttpResponse<String> page = browser().login("beheer-school").get("/beheer/scholing");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("E-mail staat uit")
                .contains("Dirk Docent")
                .contains("Verloopt binnenkort")
                .contains("Iris Intern")
                .contains("Verlopen")
                .contains("Herhaaltermijn opslaan");
        assertThat(page.body().indexOf("Iris Intern"))
                .as("the expired one first")
                .isLessThan(page.body().indexOf("Lotte Leerkracht"));
    }

    @Test
    void theAandachtsfunctionarisReadsTheRegisterButSetsNoInterval() {
        Browser af = browser().login("af-school");

        HttpResponse<String> page = af.get("/beheer/scholing");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Dirk Docent").doesNotContain("Herhaaltermijn opslaan");
        assertThat(af.get("/beheer/leden").statusCode()).isEqualTo(403);
    }

    @Test
    void aBeroepskrachtSeesOwnTrainingOnlyAndTheNoticeOnTheHomePage() {
        Browser docent = browser().login("docent-school");

        assertThat(docent.get("/beheer/scholing").statusCode()).isEqualTo(403);
        assertThat(docent.get("/scholing").body()).contains("Mijn scholing").contains("Verloopt binnenkort");
        assertThat(docent.get("/").body())
                .contains("Uw scholing over de meldcode is nog geldig tot en met")
                .contains("href=\"/scholing\"");
        assertThat(browser().login("leerkracht").get("/").body())
                .as("a valid training gives no notice")
                .doesNotContain("Uw scholing over de meldcode");
    }

    @Test
    void aTrainingInTheFutureGetsADutchMessageAndIsNotSaved() {
        Browser beheer = browser().login("beheer-school");
        UUID member = TestActors.userId(jdbc, "ib-school");
        String tomorrow = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")))
                .plusDays(1)
                .toString();

        HttpResponse<String> response = beheer.post(
                "/beheer/scholing/leden/" + member,
                "/beheer/scholing/leden/" + member,
                "soort",
                "MELDCODE",
                "datum",
                tomorrow,
                "omschrijving",
                "");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("De datum ligt in de toekomst")
                .contains("Controleer wat u heeft ingevuld");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM organisation.scholing WHERE user_id = ? AND gevolgd_op = ?::date",
                        Integer.class,
                        member,
                        tomorrow))
                .isZero();
    }

    @Test
    void theBeheerderEntersAnEmailAddressOnTheMembersPage() {
        Browser beheer = browser().login("beheer-school");
        UUID member = TestActors.userId(jdbc, "ib-school");

        HttpResponse<String> wrong =
                beheer.post("/beheer/leden", "/beheer/leden/" + member + "/email", "email", "geen-adres");
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("Vul een geldig e-mailadres in");

        HttpResponse<String> saved =
                beheer.post("/beheer/leden", "/beheer/leden/" + member + "/email", "email", "iris.intern@example.nl");
        assertThat(Browser.location(saved)).isEqualTo("/beheer/leden");
        assertThat(beheer.get("/beheer/leden").body()).contains("iris.intern@example.nl");
    }
}
