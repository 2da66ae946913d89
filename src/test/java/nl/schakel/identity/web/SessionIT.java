package nl.schakel.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.schakel.Browser;
import nl.schakel.MutableClock;
import nl.schakel.TestActors;
import nl.schakel.WebIT;
import nl.schakel.WebITSupport;
import nl.schakel.identity.IdentityManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** Sessions: a new id at each login step, logout and blocking end every session, cookie attributes, time-outs. */
@WebIT
class SessionIT extends WebITSupport {

    @Autowired
    IdentityManagement identity;

    @Autowired
    ExpiredSession expired;

    @Test
    void theSessionIdChangesAtLoginAndAgainAfterTheSecondFactor() {
        String member = TestActors.enrolledSchoolMember(identity, jdbc, "sessie");
        Browser browser = browser();
        browser.csrfToken("/inloggen");
        String anonymous = browser.cookie(Browser.SESSION_COOKIE).orElseThrow();

        browser.password(member, nl.schakel.TotpCodes.DEMO_PASSWORD);
        String afterPassword = browser.cookie(Browser.SESSION_COOKIE).orElseThrow();
        assertThat(afterPassword).isNotEqualTo(anonymous);

        browser.secondFactor(browser.nextCode(member, nl.schakel.TotpCodes.DEMO_SECRET));
        String afterSecondFactor = browser.cookie(Browser.SESSION_COOKIE).orElseThrow();
        assertThat(afterSecondFactor).isNotEqualTo(afterPassword).isNotEqualTo(anonymous);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        // an attacker who planted or saw an earlier id gets nothing
        for (String earlier : List.of(anonymous, afterPassword)) {
            Browser attacker = browser();
            attacker.setCookie(Browser.SESSION_COOKIE, earlier);
            HttpResponse<String> response = attacker.get("/");
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(Browser.location(response)).endsWith("/inloggen");
        }
    }

    @Test
    void logoutEndsEverySessionOfTheUser() {
        String member = TestActors.enrolledSchoolMember(identity, jdbc, "uitlog");
        Browser laptop = browser().login(member);
        Browser phone = browser().login(member);
        assertThat(phone.get("/").statusCode()).isEqualTo(200);

        HttpResponse<String> logout = laptop.post("/", "/uitloggen");

        assertThat(Browser.location(logout)).isEqualTo("/inloggen?uitgelogd");
        HttpResponse<String> other = phone.get("/");
        assertThat(other.statusCode()).isEqualTo(302);
        assertThat(Browser.location(other)).endsWith("/inloggen");
        assertThat(Browser.location(laptop.get("/"))).endsWith("/inloggen");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM spring_session WHERE principal_name = ?", Integer.class, member))
                .isZero();
    }

    @Test
    void blockingAMemberEndsTheirSessionsAtOnce() {
        String member = TestActors.enrolledSchoolMember(identity, jdbc, "blok");
        UUID memberId = TestActors.userId(jdbc, member);
        Browser memberBrowser = browser().login(member);
        Browser beheer = browser().login("beheer-school");

        HttpResponse<String> block = beheer.post("/beheer/leden", "/beheer/leden/" + memberId + "/blokkeren");

        assertThat(Browser.location(block)).isEqualTo("/beheer/leden");
        HttpResponse<String> after = memberBrowser.get("/");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(Browser.location(after)).endsWith("/inloggen");
        assertThat(Browser.location(browser().password(member, nl.schakel.TotpCodes.DEMO_PASSWORD)))
                .isEqualTo("/inloggen?fout");
    }

    @Test
    void theSessionCookieIsHostOnlySecureHttpOnlyAndStrict() {
        HttpResponse<String> login = browser().get("/inloggen");

        String setCookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(Browser.SESSION_COOKIE + "="))
                .findFirst()
                .orElseThrow();
        assertThat(setCookie)
                .containsIgnoringCase("; Secure")
                .containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("; SameSite=Strict")
                .containsIgnoringCase("; Path=/")
                .doesNotContainIgnoringCase("Domain=");
        assertThat(login.headers().allValues("Set-Cookie"))
                .noneMatch(c -> c.startsWith("JSESSIONID") || c.startsWith("SESSION="));
    }

    @Test
    void aSessionEndsAfterFifteenMinutesWithoutActivity() {
        String member = TestActors.enrolledSchoolMember(identity, jdbc, "inactief");
        browser().login(member);

        assertThat(jdbc.queryForList(
                        "SELECT max_inactive_interval FROM spring_session WHERE principal_name = ?",
                        Integer.class,
                        member))
                .isNotEmpty()
                .containsOnly((int) Duration.ofMinutes(15).toSeconds());
    }

    @Test
    void aRequestThatChangesNothingInItsSessionWritesNothingUntilTheStoredAccessIsAMinuteOld() {
        String member = TestActors.enrolledSchoolMember(identity, jdbc, "aanraken");
        Browser browser = browser().login(member);
        long stored = lastAccess(member);

        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(lastAccess(member)).isEqualTo(stored);

        // a minute later the next request writes the time of last access again, so inactivity is counted from it
        long minuteAgo = System.currentTimeMillis() - LazyTouchSessionRepository.TOUCH_INTERVAL.toMillis();
        jdbc.update(
                "UPDATE spring_session SET last_access_time = ?, expiry_time = ? WHERE principal_name = ?",
                minuteAgo,
                minuteAgo + Duration.ofMinutes(15).toMillis(),
                member);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(lastAccess(member)).isGreaterThan(minuteAgo);
        assertThat(jdbc.queryForObject(
                        "SELECT expiry_time - last_access_time FROM spring_session WHERE principal_name = ?",
                        Long.class,
                        member))
                .isEqualTo(Duration.ofMinutes(15).toMillis());
    }

    @Test
    void aSessionWhoseStoredAccessIsFifteenMinutesOldIsEndedAtTheNextRequest() {
        String member = TestActors.enrolledSchoolMember(identity, jdbc, "stilgezeten");
        Browser browser = browser().login(member);
        long fifteenMinutesAgo =
                System.currentTimeMillis() - Duration.ofMinutes(15).toMillis() - 1_000;
        jdbc.update(
                "UPDATE spring_session SET last_access_time = ?, expiry_time = ? WHERE principal_name = ?",
                fifteenMinutesAgo,
                fifteenMinutesAgo + Duration.ofMinutes(15).toMillis(),
                member);

        HttpResponse<String> response = browser.get("/");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(Browser.location(response)).endsWith("/inloggen");
    }

    private long lastAccess(String member) {
        return jdbc.queryForObject(
                "SELECT last_access_time FROM spring_session WHERE principal_name = ?", Long.class, member);
    }

    @Test
    void aSessionOlderThanItsAbsoluteLifetimeEndsHoweverActive() throws Exception {
        MutableClock filterClock = new MutableClock();
        SessionLifetimeFilter filter = new SessionLifetimeFilter(Duration.ofHours(8), filterClock, expired);
        MockHttpSession session = new MockHttpSession();
        filterClock.set(Instant.ofEpochMilli(session.getCreationTime())
                .plus(Duration.ofHours(8).plusMinutes(1)));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(chain.getRequest()).as("the request went no further").isNull();
        assertThat(response.getStatus()).isEqualTo(HttpServletResponse.SC_FOUND);
        assertThat(response.getRedirectedUrl()).isEqualTo("/inloggen?verlopen");
    }

    @Test
    void aSessionWithinItsAbsoluteLifetimeGoesOn() throws Exception {
        MutableClock filterClock = new MutableClock();
        SessionLifetimeFilter filter = new SessionLifetimeFilter(Duration.ofHours(8), filterClock, expired);
        MockHttpSession session = new MockHttpSession();
        filterClock.set(Instant.ofEpochMilli(session.getCreationTime())
                .plus(Duration.ofHours(7).plusMinutes(59)));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(session.isInvalid()).isFalse();
        assertThat(chain.getRequest()).isSameAs(request);
    }

    @Test
    void aFormSentAtTheEndOfTheAbsoluteLifetimeLeadsToTheLoginAndBackToTheForm() throws Exception {
        MutableClock filterClock = new MutableClock();
        SessionLifetimeFilter filter = new SessionLifetimeFilter(Duration.ofHours(8), filterClock, expired);
        MockHttpSession session = new MockHttpSession();
        filterClock.set(Instant.ofEpochMilli(session.getCreationTime())
                .plus(Duration.ofHours(8).plusMinutes(1)));
        String form = "/dossiers/" + UUID.randomUUID() + "/signalen";
        MockHttpServletRequest request = new MockHttpServletRequest("POST", form);
        request.addHeader("Accept", "text/html,application/xhtml+xml");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain());

        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getRedirectedUrl()).isEqualTo("/inloggen?verlopen=formulier");
        assertThat(request.getSession(false).getAttribute(ExpiredSession.TARGET))
                .isEqualTo(form);
    }

    @Test
    void aFormSentAfterTheSessionEndedLeadsToTheLoginAndAfterBothFactorsBackToTheForm() {
        OpenForm open = formOpenWhenTheSessionEnds("verlopen");
        String member = open.member();
        Browser browser = open.browser();
        String token = open.token();
        Integer dossiers = jdbc.queryForObject("SELECT count(*) FROM dossier.dossier", Integer.class);
        // a look at another page meanwhile makes a new, anonymous session, which never had the form's token
        assertThat(Browser.location(browser.get("/dossiers"))).endsWith("/inloggen");

        HttpResponse<String> save = browser.postWithToken(token, "/dossiers/nieuw", "naam", "Sam Verlopen");

        assertThat(save.statusCode()).as("never 403").isEqualTo(HttpServletResponse.SC_FOUND);
        assertThat(Browser.location(save)).isEqualTo("/inloggen?verlopen=formulier");
        assertThat(browser.get("/inloggen?verlopen=formulier").body())
                .contains("Uw sessie is verlopen; wat u typte is bewaard");
        HttpResponse<String> first = browser.password(member, nl.schakel.TotpCodes.DEMO_PASSWORD);
        assertThat(Browser.location(first)).isEqualTo("/tweede-factor");
        HttpResponse<String> second = browser.secondFactor(browser.nextCode(member, nl.schakel.TotpCodes.DEMO_SECRET));
        assertThat(Browser.location(second)).isEqualTo("/dossiers/nieuw");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM dossier.dossier", Integer.class))
                .as("the refused POST saved nothing")
                .isEqualTo(dossiers);
    }

    @Test
    void aScriptsCallAfterTheSessionEndedGets401AndAFormWithoutASessionStill403() {
        OpenForm open = formOpenWhenTheSessionEnds("verlopen-js");
        Browser browser = open.browser();
        String token = open.token();

        HttpResponse<String> draft = browser.accepting("application/json")
                .postWithToken(token, "/concepten", "_concept", "nieuw-dossier", "naam", "Sam");

        assertThat(draft.statusCode()).isEqualTo(HttpServletResponse.SC_UNAUTHORIZED);
        // no session ever sent: a forged form stays a plain 403, as before
        assertThat(browser().postWithoutCsrf("/dossiers/nieuw", "naam", "Sam").statusCode())
                .isEqualTo(HttpServletResponse.SC_FORBIDDEN);
    }

    @Test
    void theFormsPageIsItsOwnPathOrTheNearestPageAboveItNeverAnotherSite() {
        UUID zaak = UUID.randomUUID();
        assertThat(expired.pageOf("/dossiers/" + zaak + "/signalen")).isEqualTo("/dossiers/" + zaak + "/signalen");
        assertThat(expired.pageOf("/veilig-thuis/zaken/" + zaak + "/monitoring/plan"))
                .isEqualTo("/veilig-thuis/zaken/" + zaak + "/monitoring");
        assertThat(expired.pageOf("//andere-site.example/x")).isEqualTo("/");
        assertThat(expired.pageOf("/concepten")).isEqualTo("/");
    }

    /** A member signed in, with the form for a new dossier open (its CSRF token). */
    private record OpenForm(String member, Browser browser, String token) {}

    /** Opens the form, then ends the member's session on the server, as 15 minutes without a request would. */
    private OpenForm formOpenWhenTheSessionEnds(String name) {
        String member = TestActors.enrolledSchoolMember(identity, jdbc, name);
        Browser browser = browser().login(member);
        String token = browser.csrfToken("/dossiers/nieuw");
        assertThat(jdbc.update("DELETE FROM spring_session WHERE principal_name = ?", member))
                .isPositive();
        return new OpenForm(member, browser, token);
    }
}
