package nl.schakel.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import nl.schakel.Browser;
import nl.schakel.TestActors;
import nl.schakel.WebIT;
import nl.schakel.WebITSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Wrong input gives a Dutch message on the form, never an error page, and saves nothing (not even half). */
@WebIT
class BadInputIT extends WebITSupport {

    private static final String GOOD_PASSWORD = "Paars-konijn-springt-over-sloot-2026";

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "too short password | ok      | kort-ww          | BEROEPSKRACHT | Het wachtwoord is te kort.",
                "common password    | ok      | 1q2w3e4r1234     | BEROEPSKRACHT | Dit wachtwoord is te bekend",
                "bad username       | Fout Ik | " + GOOD_PASSWORD
                        + " | BEROEPSKRACHT | Vul een gebruikersnaam in van 3 tot 40 tekens",
                "missing role       | ok      | " + GOOD_PASSWORD
                        + " | ''            | Kies een rol die past bij deze organisatie.",
                "unknown role       | ok      | " + GOOD_PASSWORD
                        + " | KONING        | Kies een rol die past bij deze organisatie.",
                "role of Veilig Thuis | ok    | " + GOOD_PASSWORD
                        + " | VT_MEDEWERKER | Kies een rol die past bij deze organisatie."
            })
    void aWrongMemberFormShowsTheDutchMessageAndSavesNothing(
            String description, String username, String password, String role, String message) {
        String typedUsername = username.equals("ok") ? TestActors.uniqueUsername("fout") : username;
        Browser beheer = browser().login("beheer-school");

        HttpResponse<String> response = beheer.post(
                "/beheer/leden",
                "/beheer/leden",
                "gebruikersnaam",
                typedUsername,
                "naam",
                "Fenna Fout",
                "wachtwoord",
                password,
                "rol",
                role,
                "beroepscluster",
                "ONDERWIJS");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(message).contains("Controleer wat u heeft ingevuld");
        assertThat(response.body()).as("the typed password is not shown again").doesNotContain(password);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM identity.account WHERE lower(username) = lower(?)",
                        Integer.class,
                        typedUsername.strip()))
                .isZero();
    }

    @Test
    void aTenantWithAnInvalidBeheerderPasswordIsNotSavedAtAll() {
        String tenant = "Halve school " + UUID.randomUUID().toString().substring(0, 8);
        String beheerder = TestActors.uniqueUsername("half");
        Browser platform = browser().login("platform");

        HttpResponse<String> response = platform.post(
                "/platform/organisaties",
                "/platform/organisaties",
                "naam",
                tenant,
                "soort",
                "ORGANISATIE",
                "sectoren",
                "onderwijs",
                "beroepsclusters",
                "ONDERWIJS",
                "gebruikersnaam",
                beheerder,
                "beheerderNaam",
                "Hans Half",
                "wachtwoord",
                "kort");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Het wachtwoord is te kort.");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM organisation.tenant WHERE name = ?", Integer.class, tenant))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM identity.account WHERE username = ?", Integer.class, beheerder))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log a JOIN organisation.tenant t ON t.id = a.tenant_id"
                                + " WHERE t.name = ?",
                        Integer.class,
                        tenant))
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/beheer/leden/not-a-uuid/blokkeren",
                "/beheer/leden/not-a-uuid/deblokkeren",
                "/beheer/leden/not-a-uuid/tweede-factor-herstellen",
                "/beheer/leden/%2e%2e/blokkeren",
                "/beheer/leden/" + "0123456789abcdef0123456789abcdef0123456789/blokkeren"
            })
    void aGarbageIdGivesAClientErrorPageNeverAServerError(String path) {
        Browser beheer = browser().login("beheer-school");

        HttpResponse<String> response = beheer.post("/beheer/leden", path, "reden", "een reden van voldoende lengte");

        assertThat(response.statusCode()).isBetween(400, 404);
        assertThat(response.body())
                .containsAnyOf("Dit kunnen we niet verwerken", "Niet gevonden")
                .doesNotContain("Er ging iets mis")
                .doesNotContain("Exception");
    }

    @Test
    void anUnknownMemberIdGivesNotFound() {
        Browser beheer = browser().login("beheer-school");

        HttpResponse<String> response =
                beheer.post("/beheer/leden", "/beheer/leden/" + UUID.randomUUID() + "/blokkeren");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Niet gevonden");
    }

    @Test
    void aBeheerderBlockingThemselvesGetsTheDutchMessageNotAnErrorPage() {
        Browser beheer = browser().login("beheer-school");

        HttpResponse<String> response = beheer.post(
                "/beheer/leden", "/beheer/leden/" + TestActors.userId(jdbc, "beheer-school") + "/blokkeren");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("U kunt uzelf niet blokkeren.");
        assertThat(jdbc.queryForObject(
                        "SELECT enabled FROM identity.account WHERE username = 'beheer-school'", Boolean.class))
                .isTrue();
        assertThat(beheer.get("/beheer/leden").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "van={0} tot={1}")
    @CsvSource({
        "2026-05-01, 2026-04-01, De einddatum ligt voor de begindatum.",
        "gisteren,, Vul een datum in als dag-maand-jaar.",
        "2026-02-30,, Vul een datum in als dag-maand-jaar.",
        ", 2026-13-01, Vul een datum in als dag-maand-jaar.",
        // found by fuzzing (ADR-0041): ISO dates beyond four-digit years were a 500 (date arithmetic, Timestamp)
        ", +999999999-12-31, Vul een datum in als dag-maand-jaar.",
        "-999999999-01-01,, Vul een datum in als dag-maand-jaar."
    })
    void aWrongPeriodInTheAccessLogSearchShowsTheDutchMessage(String from, String to, String message) {
        Browser privacy = browser().login("privacy-school");

        HttpResponse<String> response = privacy.post(
                "/toegangslog", "/toegangslog", "van", from == null ? "" : from, "tot", to == null ? "" : to);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(message);
    }
}
