package nl.schakel.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.schakel.Browser;
import nl.schakel.TestActors;
import nl.schakel.WebIT;
import nl.schakel.WebITSupport;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.Relatie;
import nl.schakel.veiligthuis.VeiligThuisManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A beheerder sees and changes only their own tenant; each role reaches only its own area. An attempt on a record of
 * another tenant is refused as "not found" and is in the log of the tenant that owns the record as well (ADR-0021).
 */
@WebIT
class TenantIsolationIT extends WebITSupport {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    VeiligThuisManagement veiligThuis;

    @Test
    void attemptsOfOtherOrganisationsOnASchoolDossierAreInTheSchoolsLogWithWhoTried() {
        UUID id = dossiers.open(
                TestActors.actor(jdbc, "leerkracht"),
                List.of(new NewBetrokkene("Isa Eigendom", LocalDate.of(2016, 2, 3), "", Relatie.KIND)));
        UUID nonexistent = UUID.randomUUID();
        UUID school = TestActors.tenantId(jdbc, TestActors.SCHOOL);

        for (String username : List.of("huisarts", "vt-noord", "platform")) {
            Browser probe = browser().login(username);
            HttpResponse<String> existing = probe.get("/dossiers/" + id);
            HttpResponse<String> missing = probe.get("/dossiers/" + nonexistent);

            // the actor learns nothing: the school's dossier answers as one that does not exist
            assertThat(existing.statusCode()).as(username).isEqualTo(404);
            assertThat(missing.statusCode()).as(username).isEqualTo(404);
            assertThat(existing.body())
                    .as(username)
                    .doesNotContain("Isa Eigendom")
                    .doesNotContain(TestActors.SCHOOL);
        }

        assertThat(jdbc.queryForList(
                        "SELECT username FROM audit.access_log WHERE object_id = ? AND outcome = 'GEWEIGERD'"
                                + " AND owner_tenant_id = ?",
                        String.class,
                        id.toString(),
                        school))
                .containsExactlyInAnyOrder("huisarts", "vt-noord", "platform");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE object_id = ? AND owner_tenant_id IS NOT NULL",
                        Integer.class,
                        nonexistent.toString()))
                .isZero();

        HttpResponse<String> log =
                browser().login("privacy-school").post("/toegangslog", "/toegangslog", "object", id.toString());
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.body())
                .contains("<td>huisarts")
                .contains(TestActors.PRAKTIJK)
                .contains("<td>vt-noord")
                .contains("Veilig Thuis Demo-Noord")
                .contains("<td>platform")
                .contains("Platformbeheer (geen organisatie)")
                .contains("Een andere organisatie probeerde gegevens van uw organisatie te openen.")
                // what happened, in words: every event the application writes has a label
                .contains("<td>Dossier bekeken</td>")
                .contains("<td>Dossier geopend</td>")
                .doesNotContain("gebeurtenis.");
    }

    @Test
    void anAttemptOnAVeiligThuisCaseFromOutsideTheRegionIsInTheRegionsLog() {
        UUID zaak = jdbc.queryForObject("SELECT id FROM veiligthuis.zaak ORDER BY ontvangen_op LIMIT 1", UUID.class);
        UUID regio = jdbc.queryForObject("SELECT tenant_id FROM veiligthuis.zaak WHERE id = ?", UUID.class, zaak);
        var leerkracht = TestActors.actor(jdbc, "leerkracht");

        assertThatThrownBy(() -> veiligThuis.zaak(leerkracht, zaak)).isInstanceOf(NotFoundException.class);

        assertThat(jdbc.queryForList(
                        "SELECT owner_tenant_id FROM audit.access_log WHERE object_id = ? AND outcome = 'GEWEIGERD'"
                                + " AND username = 'leerkracht' AND event = 'veiligthuis.zaak.read'",
                        UUID.class,
                        zaak.toString()))
                .containsOnly(regio)
                .isNotEmpty();
    }

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
        assertThat(jdbc.queryForList(
                        "SELECT DISTINCT owner_tenant_id FROM audit.access_log WHERE event = ? AND object_id = ?"
                                + " AND outcome = 'GEWEIGERD' AND username = 'beheer-school'",
                        UUID.class,
                        event,
                        huisarts.toString()))
                .as("the attempt is in the log of the member's own organisation too")
                .containsExactly(TestActors.tenantId(jdbc, TestActors.PRAKTIJK));
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
