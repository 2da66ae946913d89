package nl.schakel.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.schakel.Browser;
import nl.schakel.TestActors;
import nl.schakel.TotpCodes;
import nl.schakel.WebIT;
import nl.schakel.WebITSupport;
import nl.schakel.organisation.OrganisationManagement;
import nl.schakel.organisation.OrganisationManagement.NewMember;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The second factor: nothing opens after the password alone, codes are checked and used once, and enrolment. */
@WebIT
class SecondFactorIT extends WebITSupport {

    private static final String WRONG_CODE_MESSAGE = "Deze code klopt niet of is al gebruikt.";

    @Autowired
    OrganisationManagement organisation;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/help", "/beheer/leden", "/toegangslog", "/platform/organisaties"})
    void everyPageSendsToTheSecondFactorAfterThePasswordOnly(String page) {
        for (String username : List.of("beheer-school", "privacy-school", "platform")) {
            Browser browser = browser();
            assertThat(Browser.location(browser.password(username, TotpCodes.DEMO_PASSWORD)))
                    .isEqualTo("/tweede-factor");

            HttpResponse<String> response = browser.get(page);

            assertThat(response.statusCode()).as("%s as %s", page, username).isEqualTo(302);
            assertThat(Browser.location(response)).isEqualTo("/tweede-factor");
            assertThat(response.body()).doesNotContain("Welkom");
        }
    }

    @Test
    void aWrongCodeShowsTheDutchErrorAndKeepsTheUserOut() {
        Browser browser = browser();
        browser.password("leerkracht", TotpCodes.DEMO_PASSWORD);
        String right = browser.nextCode("leerkracht", TotpCodes.DEMO_SECRET);
        String wrong = right.equals("000000") ? "111111" : "000000";

        HttpResponse<String> response = browser.secondFactor(wrong);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(WRONG_CODE_MESSAGE);
        assertThat(Browser.location(browser.get("/"))).isEqualTo("/tweede-factor");
        // the right code still works afterwards (and resets the failure count)
        assertThat(Browser.location(browser.secondFactor(right))).isEqualTo("/");
    }

    @Test
    void aCorrectCodeReachesTheDutchHomePage() {
        Browser browser = browser().login("leerkracht");

        HttpResponse<String> home = browser.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Welkom, Lotte Leerkracht").contains("lang=\"nl\"");
    }

    @Test
    void theSameCodeCannotBeUsedTwice() {
        Browser first = browser();
        first.password("af-school", TotpCodes.DEMO_PASSWORD);
        String code = first.nextCode("af-school", TotpCodes.DEMO_SECRET);
        assertThat(Browser.location(first.secondFactor(code))).isEqualTo("/");

        Browser second = browser();
        second.password("af-school", TotpCodes.DEMO_PASSWORD);
        HttpResponse<String> replay = second.secondFactor(code);

        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).contains(WRONG_CODE_MESSAGE);
        assertThat(Browser.location(second.get("/"))).isEqualTo("/tweede-factor");
    }

    @Test
    void aNewMemberSetsUpTheAppAndGetsRecoveryCodesThatWorkOnce() {
        String username = TestActors.uniqueUsername("nieuw");
        String password = "Paars-konijn-springt-over-sloot-2026";
        organisation.addMember(
                TestActors.actor(jdbc, "beheer-school"),
                new NewMember(username, "Nina Nieuw", password, Role.BEROEPSKRACHT, null, Beroepscluster.ONDERWIJS));

        Browser browser = browser();
        assertThat(Browser.location(browser.password(username, password))).isEqualTo("/tweede-factor/instellen");
        assertThat(Browser.location(browser.get("/"))).isEqualTo("/tweede-factor");
        HttpResponse<String> enrol = browser.get("/tweede-factor/instellen");
        assertThat(enrol.statusCode()).isEqualTo(200);
        assertThat(enrol.body()).contains("<svg");
        Matcher secret =
                Pattern.compile("<code class=\"secret\">([A-Z2-7]+)</code>").matcher(enrol.body());
        assertThat(secret.find()).isTrue();

        // the token of the page shown: asking the page again would start a new enrolment with a new secret
        HttpResponse<String> codes = browser.postWithToken(
                Browser.csrfToken(enrol),
                "/tweede-factor/instellen",
                "code",
                browser.nextCode(username, secret.group(1)));

        assertThat(codes.statusCode()).isEqualTo(200);
        List<String> recoveryCodes = Pattern.compile("<li><code>([^<]+)</code></li>")
                .matcher(codes.body())
                .results()
                .map(r -> r.group(1))
                .toList();
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
        assertThat(browser.get("/").body()).contains("Welkom, Nina Nieuw");

        Browser recovering = browser();
        recovering.password(username, password);
        HttpResponse<String> recovered = recovering.post(
                "/tweede-factor", "/tweede-factor/herstelcode", "herstelcode", recoveryCodes.getFirst());
        assertThat(Browser.location(recovered)).isEqualTo("/");
        assertThat(recovering.get("/").body()).contains("Welkom, Nina Nieuw");

        Browser again = browser();
        again.password(username, password);
        HttpResponse<String> reused =
                again.post("/tweede-factor", "/tweede-factor/herstelcode", "herstelcode", recoveryCodes.getFirst());
        assertThat(reused.statusCode()).isEqualTo(200);
        assertThat(reused.body()).contains(WRONG_CODE_MESSAGE);
        assertThat(Browser.location(again.get("/"))).isEqualTo("/tweede-factor");

        // the app, now set up, works for the next login
        assertThat(Browser.location(again.secondFactor(again.nextCode(username, secret.group(1)))))
                .isEqualTo("/");
    }
}
