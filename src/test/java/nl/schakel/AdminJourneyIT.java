package nl.schakel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The "done when": a beheerder adds a team and a member, the privacy officer finds both in the access log,
 * others are refused the log (and that is logged), and an old second factor is asked again before a search.
 */
@WebIT
class AdminJourneyIT extends WebITSupport {

    @Test
    void aBeheerderAddsATeamAndAMemberAndThePrivacyOfficerFindsBothInTheLog() {
        String team = "Reisteam " + UUID.randomUUID().toString().substring(0, 8);
        String username = TestActors.uniqueUsername("reis");
        Browser beheer = browser().login("beheer-school");

        HttpResponse<String> teamAdded = beheer.post("/beheer/teams", "/beheer/teams", "naam", team);
        assertThat(Browser.location(teamAdded)).isEqualTo("/beheer/teams");
        HttpResponse<String> teams = beheer.get("/beheer/teams");
        assertThat(teams.body()).contains(team).contains("Het team is toegevoegd.");
        UUID teamId = jdbc.queryForObject("SELECT id FROM organisation.team WHERE name = ?", UUID.class, team);

        HttpResponse<String> memberAdded = beheer.post(
                "/beheer/leden",
                "/beheer/leden",
                "gebruikersnaam",
                username,
                "naam",
                "Rosa Reis",
                "wachtwoord",
                "Paars-konijn-springt-over-sloot-2026",
                "rol",
                "BEROEPSKRACHT",
                "team",
                teamId.toString(),
                "beroepscluster",
                "ONDERWIJS");
        assertThat(Browser.location(memberAdded)).isEqualTo("/beheer/leden");
        HttpResponse<String> members = beheer.get("/beheer/leden");
        assertThat(members.body()).contains(username).contains("Rosa Reis").contains("De medewerker is toegevoegd.");

        HttpResponse<String> log =
                browser().login("privacy-school").post("/toegangslog", "/toegangslog", "gebruiker", "beheer-school");

        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.body()).contains("Team toegevoegd").contains("Medewerker toegevoegd");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE event = 'audit.search' AND username = 'privacy-school'"
                                + " AND purpose LIKE '%gebruiker=beheer-school%'",
                        Integer.class))
                .as("the search itself is logged")
                .isPositive();
    }

    @Test
    void aMemberWithoutTheRoleIsRefusedTheLogAndTheRefusalIsLogged() {
        int before = pageDenials("leerkracht", "/toegangslog");
        Browser leerkracht = browser().login("leerkracht");

        HttpResponse<String> response = leerkracht.post("/", "/toegangslog", "gebruiker", "beheer-school");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Geen toegang").doesNotContain("Team toegevoegd");
        assertThat(pageDenials("leerkracht", "/toegangslog")).isEqualTo(before + 1);
    }

    @Test
    void aSearchWithASecondFactorOlderThanFiveMinutesAsksForItAgain() {
        Browser privacy = browser().login("privacy-school");
        assertThat(privacy.post("/toegangslog", "/toegangslog", "gebruiker", "beheer-school")
                        .statusCode())
                .isEqualTo(200);

        clock.advance(Duration.ofMinutes(6));
        HttpResponse<String> stale = privacy.post("/toegangslog", "/toegangslog", "gebruiker", "beheer-school");

        assertThat(stale.statusCode()).isEqualTo(302);
        assertThat(Browser.location(stale)).isEqualTo("/tweede-factor?terug=/toegangslog");
        HttpResponse<String> again = privacy.get("/tweede-factor?terug=/toegangslog");
        assertThat(again.body()).contains("Voor deze pagina vragen we de code uit uw app nog een keer.");
        HttpResponse<String> given = privacy.post(
                "/tweede-factor?terug=/toegangslog",
                "/tweede-factor",
                "code",
                privacy.nextCode("privacy-school", TotpCodes.DEMO_SECRET),
                "terug",
                "/toegangslog");
        assertThat(Browser.location(given)).isEqualTo("/toegangslog");
        assertThat(privacy.post("/toegangslog", "/toegangslog", "gebruiker", "beheer-school")
                        .statusCode())
                .isEqualTo(200);
    }

    private int pageDenials(String username, String page) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE event = 'web.page' AND username = ? AND object_id = ?"
                        + " AND outcome = 'GEWEIGERD'",
                Integer.class,
                username,
                page);
    }
}
