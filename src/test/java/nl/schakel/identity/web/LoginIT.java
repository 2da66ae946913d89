package nl.schakel.identity.web;

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

/** The first factor: no hint whether a user exists, throttling per user and address, and honest logging. */
@WebIT
class LoginIT extends WebITSupport {

    @Autowired
    IdentityManagement identity;

    @Test
    void anUnknownUserAndAWrongPasswordLookTheSame() {
        String member = TestActors.enrolledSchoolMember(identity, jdbc, "raden");
        Browser unknownBrowser = browser();
        Browser wrongBrowser = browser();

        HttpResponse<String> unknown = unknownBrowser.password(
                TestActors.uniqueUsername("bestaat-niet"), "Fout-wachtwoord-" + UUID.randomUUID());
        HttpResponse<String> wrong = wrongBrowser.password(member, "Fout-wachtwoord-" + UUID.randomUUID());

        assertThat(unknown.statusCode()).isEqualTo(wrong.statusCode()).isEqualTo(302);
        assertThat(Browser.location(unknown)).isEqualTo(Browser.location(wrong)).isEqualTo("/inloggen?fout");
        String unknownPage = withoutToken(unknownBrowser.get("/inloggen?fout").body());
        String wrongPage = withoutToken(wrongBrowser.get("/inloggen?fout").body());
        assertThat(unknownPage)
                .isEqualTo(wrongPage)
                .contains("Deze combinatie van gebruikersnaam en wachtwoord klopt niet.");
    }

    @Test
    void theSixthAttemptAfterFiveFailuresIsThrottledEvenWithTheRightPassword() {
        String member = TestActors.enrolledSchoolMember(identity, jdbc, "afremmen");
        String typed = "Geheim-getypt-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            assertThat(Browser.location(browser().password(member, typed))).isEqualTo("/inloggen?fout");
        }

        HttpResponse<String> sixth = browser().password(member, TotpCodes.DEMO_PASSWORD);

        assertThat(Browser.location(sixth)).isEqualTo("/inloggen?afgeremd");
        assertThat(browser().get("/inloggen?afgeremd").body())
                .contains("U heeft te vaak een verkeerd wachtwoord ingevuld.");
        assertThat(rows(member, "MISLUKT")).isEqualTo(5);
        assertThat(rows(member, "GEWEIGERD")).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE concat_ws('|', event, username, role, on_behalf_of,"
                                + " access_point, object_type, object_id, segment, purpose, detail) LIKE ?",
                        Integer.class,
                        "%" + typed + "%"))
                .as("the typed password is nowhere in the access log")
                .isZero();
    }

    @Test
    void anotherUserFromTheSameAddressIsNotBlocked() {
        String attacked = TestActors.enrolledSchoolMember(identity, jdbc, "aangevallen");
        String colleague = TestActors.enrolledSchoolMember(identity, jdbc, "collega");
        for (int i = 0; i < 6; i++) {
            browser().password(attacked, "Fout-wachtwoord-" + UUID.randomUUID());
        }
        assertThat(Browser.location(browser().password(attacked, TotpCodes.DEMO_PASSWORD)))
                .isEqualTo("/inloggen?afgeremd");

        Browser browser = browser().login(colleague);

        assertThat(browser.get("/").body()).contains("Welkom, Test " + colleague);
    }

    private static String withoutToken(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    private int rows(String username, String outcome) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE event = 'identity.login.password' AND username = ?"
                        + " AND outcome = ?",
                Integer.class,
                username,
                outcome);
    }
}
