package nl.schakel.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import nl.schakel.Browser;
import nl.schakel.TestActors;
import nl.schakel.WebIT;
import nl.schakel.WebITSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A beheerder sees and changes only their own tenant; each role reaches only its own area. */
@WebIT
class TenantIsolationIT extends WebITSupport {

    @ParameterizedTest
    @CsvSource({
        "tweede-factor-herstellen, identity.second-factor.reset",
        "blokkeren, identity.account.enable",
        "deblokkeren, identity.account.enable"
    })
    void aBeheerderProbingAMemberOfAnotherTenantGetsNotFoundAndIsLogged(String action, String event) {
        UUID huisarts = TestActors.userId(jdbc, "huisarts");
        Map<String, Object> before = account(huisarts);
        int denialsBefore = denials(event, huisarts);
        Browser beheer = browser().login("beheer-school");

        HttpResponse<String> response = beheer.post(
                "/beheer/leden",
                "/beheer/leden/" + huisarts + "/" + action,
                "reden",
                "telefoon kwijt, gemeld bij de balie");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("Niet gevonden")
                .doesNotContain("Hanna Huisarts")
                .doesNotContain("Huisartsenpraktijk")
                .doesNotContain(huisarts.toString());
        assertThat(account(huisarts)).isEqualTo(before);
        assertThat(denials(event, huisarts)).isEqualTo(denialsBefore + 1);
    }

    @Test
    void addingAMemberToATeamOfAnotherTenantIsRefusedAndSavesNothing() {
        UUID otherTenantsTeam = jdbc.queryForObject(
                "SELECT t.id FROM organisation.team t JOIN organisation.tenant n ON n.id = t.tenant_id"
                        + " WHERE n.name <> ? LIMIT 1",
                UUID.class,
                TestActors.SCHOOL);
        String username = TestActors.uniqueUsername("vreemd-team");
        Browser beheer = browser().login("beheer-school");

        HttpResponse<String> response = beheer.post(
                "/beheer/leden",
                "/beheer/leden",
                "gebruikersnaam",
                username,
                "naam",
                "Tamara Team",
                "wachtwoord",
                "Paars-konijn-springt-over-sloot-2026",
                "rol",
                "BEROEPSKRACHT",
                "team",
                otherTenantsTeam.toString(),
                "beroepscluster",
                "ONDERWIJS");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Kies een team van uw eigen organisatie.");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM identity.account WHERE username = ?", Integer.class, username))
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"leerkracht", "privacy-school", "platform"})
    void onlyTheBeheerderReachesTheBeheerPages(String username) {
        Browser browser = browser().login(username);

        assertThat(browser.get("/beheer/leden").statusCode()).isEqualTo(403);
        assertThat(browser.get("/beheer/teams").statusCode()).isEqualTo(403);
        assertThat(browser.post("/", "/beheer/teams", "naam", "Verboden team " + UUID.randomUUID())
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theBeheerderReachesTheBeheerPagesOfTheOwnTenantOnly() {
        HttpResponse<String> members = browser().login("beheer-school").get("/beheer/leden");

        assertThat(members.statusCode()).isEqualTo(200);
        assertThat(members.body()).contains("leerkracht").doesNotContain("Hanna Huisarts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"leerkracht", "beheer-school", "platform"})
    void onlyThePrivacyOfficerReachesTheAccessLog(String username) {
        assertThat(browser().login(username).get("/toegangslog").statusCode()).isEqualTo(403);
    }

    @Test
    void thePrivacyOfficerReachesTheAccessLog() {
        assertThat(browser().login("privacy-school").get("/toegangslog").statusCode())
                .isEqualTo(200);
    }

    @Test
    void thePlatformbeheerderReachesTheTenantsButNoTenantArea() {
        Browser platform = browser().login("platform");

        assertThat(platform.get("/platform/organisaties").statusCode()).isEqualTo(200);
        assertThat(platform.get("/beheer/leden").statusCode()).isEqualTo(403);
        assertThat(platform.get("/toegangslog").statusCode()).isEqualTo(403);
    }

    private Map<String, Object> account(UUID id) {
        return jdbc.queryForMap("SELECT enabled, totp_secret, totp_enrolled_at FROM identity.account WHERE id = ?", id);
    }

    private int denials(String event, UUID member) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE event = ? AND object_id = ? AND outcome = 'GEWEIGERD'"
                        + " AND username = 'beheer-school'",
                Integer.class,
                event,
                member.toString());
    }
}
