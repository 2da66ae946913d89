package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import nl.schakel.Browser;
import nl.schakel.TestActors;
import nl.schakel.TotpCodes;
import nl.schakel.WebIT;
import nl.schakel.WebITSupport;
import nl.schakel.identity.IdentityManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every change needs the CSRF token of the session: without it the answer is 403 and nothing changes. */
@WebIT
class CsrfIT extends WebITSupport {

    @Autowired
    IdentityManagement identity;

    @Test
    void loginWithoutTokenIsRefusedAndLogsNobodyIn() {
        String member = TestActors.enrolledSchoolMember(identity, jdbc, "csrf-login");
        Browser browser = browser();
        browser.get("/inloggen");

        HttpResponse<String> response =
                browser.postWithoutCsrf("/inloggen", "gebruikersnaam", member, "wachtwoord", TotpCodes.DEMO_PASSWORD);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Browser.location(browser.get("/tweede-factor"))).endsWith("/inloggen");
        assertThat(loginRows(member)).isZero();
    }

    @Test
    void secondFactorWithoutTokenIsRefusedAndDoesNotUseTheCode() {
        String member = TestActors.enrolledSchoolMember(identity, jdbc, "csrf-totp");
        Browser browser = browser();
        browser.password(member, TotpCodes.DEMO_PASSWORD);
        long stepBefore = lastStep(member);

        HttpResponse<String> response =
                browser.postWithoutCsrf("/tweede-factor", "code", browser.nextCode(member, TotpCodes.DEMO_SECRET));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(lastStep(member)).isEqualTo(stepBefore);
        assertThat(Browser.location(browser.get("/"))).isEqualTo("/tweede-factor");
    }

    @Test
    void logoutWithoutTokenIsRefusedAndTheSessionGoesOn() {
        String member = TestActors.enrolledSchoolMember(identity, jdbc, "csrf-uit");
        Browser browser = browser().login(member);

        HttpResponse<String> response = browser.postWithoutCsrf("/uitloggen");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void addingAMemberWithoutTokenIsRefusedAndSavesNothing() {
        String username = TestActors.uniqueUsername("csrf-lid");
        Browser beheer = browser().login("beheer-school");

        HttpResponse<String> response = beheer.postWithoutCsrf(
                "/beheer/leden",
                "gebruikersnaam",
                username,
                "naam",
                "Carla Csrf",
                "wachtwoord",
                "Paars-konijn-springt-over-sloot-2026",
                "rol",
                "BEROEPSKRACHT",
                "beroepscluster",
                "ONDERWIJS");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM identity.account WHERE username = ?", Integer.class, username))
                .isZero();
    }

    @Test
    void addingATeamWithoutTokenIsRefusedAndSavesNothing() {
        String name = "Csrf-team " + UUID.randomUUID();
        Browser beheer = browser().login("beheer-school");

        HttpResponse<String> response = beheer.postWithoutCsrf("/beheer/teams", "naam", name);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM organisation.team WHERE name = ?", Integer.class, name))
                .isZero();
    }

    @Test
    void creatingATenantWithoutTokenIsRefusedAndSavesNothing() {
        String name = "Csrf-organisatie " + UUID.randomUUID();
        Browser platform = browser().login("platform");

        HttpResponse<String> response = platform.postWithoutCsrf(
                "/platform/organisaties",
                "naam",
                name,
                "soort",
                "ORGANISATIE",
                "beroepsclusters",
                "ONDERWIJS",
                "gebruikersnaam",
                TestActors.uniqueUsername("csrf-beheer"),
                "beheerderNaam",
                "Bea Csrf",
                "wachtwoord",
                "Paars-konijn-springt-over-sloot-2026");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM organisation.tenant WHERE name = ?", Integer.class, name))
                .isZero();
    }

    @Test
    void blockingAMemberWithoutTokenIsRefusedAndTheMemberStaysEnabled() {
        String member = TestActors.enrolledSchoolMember(identity, jdbc, "csrf-blok");
        Browser beheer = browser().login("beheer-school");

        HttpResponse<String> response =
                beheer.postWithoutCsrf("/beheer/leden/" + TestActors.userId(jdbc, member) + "/blokkeren");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject(
                        "SELECT enabled FROM identity.account WHERE username = ?", Boolean.class, member))
                .isTrue();
    }

    private int loginRows(String username) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE event = 'identity.login.password' AND username = ?",
                Integer.class,
                username);
    }

    private long lastStep(String username) {
        return jdbc.queryForObject(
                "SELECT totp_last_step FROM identity.account WHERE username = ?", Long.class, username);
    }
}
