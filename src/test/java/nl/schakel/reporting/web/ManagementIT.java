package nl.schakel.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.schakel.Browser;
import nl.schakel.TestActors;
import nl.schakel.TestBsn;
import nl.schakel.TotpCodes;
import nl.schakel.WebITSupport;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.dossier.NewSignaal;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.identity.NewAccount;
import nl.schakel.organisation.OrganisationManagement;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.Role;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.TeamId;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantKind;
import nl.schakel.shared.VormVanGeweld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The management pages and the CSV of an organisation of their own, with rows put straight into the read model: who
 * may read them, that every read is logged, the figures and their protection, and that no name, BSN or free text of
 * the organisation's dossiers appears.
 */
class ManagementIT extends WebITSupport {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    IdentityManagement identity;

    @Autowired
    DossierManagement dossiers;

    private TenantId tenant;
    private TeamId groepen;
    private TeamId onderbouw;
    private int jaar;

    @BeforeEach
    void organisationWithAYearOfDossiers() {
        tenant = organisation.createSystemTenant(
                "School Management " + UUID.randomUUID().toString().substring(0, 8),
                TenantKind.ORGANISATIE,
                Set.of("onderwijs"),
                Set.of(Beroepscluster.ONDERWIJS));
        groepen = organisation.createSystemTeam(tenant, "Groepen");
        onderbouw = organisation.createSystemTeam(tenant, "Onderbouw");
        jaar = LocalDate.ofInstant(clock.instant(), DUTCH_TIME).getYear();
        LocalDate januari = LocalDate.of(jaar, 1, 12);
        for (int i = 0; i < 12; i++) {
            dossier(groepen, januari, januari.plusDays(3), 2);
        }
        dossier(onderbouw, januari, januari.plusDays(1), 1);
    }

    @Test
    void theLeidinggevendeSeesTheFiguresWithSmallNumbersHiddenAndEachReadIsLogged() {
        String manager = account("mgr", Role.LEIDINGGEVENDE, null);
        Browser browser = browser().login(manager);

        HttpResponse<String> page =
                browser.get("/management?jaar=" + jaar + "&periode=" + jaar + "-01&team=organisatie");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(rij(page.body(), "Dossiers geopend")).contains("<td>13</td>");
        assertThat(rij(page.body(), "Gesloten in stap 2")).contains("<td>12</td>");
        assertThat(rij(page.body(), "Gesloten in stap 1")).contains("&lt; 5");
        assertThat(teamRij(page.body(), "Onderbouw")).contains("&lt; 5").doesNotContain("<td>1</td>");
        assertThat(teamRij(page.body(), "Groepen"))
                .as("the groepen's 12 would give the onderbouw's 1 as 13 - 12")
                .doesNotContain("<td>12</td>");
        assertThat(page.body()).contains("role=\"img\"", "<title id=\"grafiek-geopend-gesloten-titel\">", "<desc");
        assertThat(logged(manager, "reporting.management.read", "R")).isEqualTo(1);

        browser.get("/management?jaar=" + jaar + "&team=" + onderbouw.value());
        assertThat(logged(manager, "reporting.management.read", "R")).isEqualTo(2);
    }

    @Test
    void theCsvHasABomSemicolonsTheSameProtectionAndIsLoggedAsAnExport() {
        String manager = account("mgr", Role.LEIDINGGEVENDE, null);
        Browser browser = browser().login(manager);

        HttpResponse<byte[]> csv = browser.getBytes("/management/export.csv?jaar=" + jaar);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        byte[] bytes = csv.body();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("Periode;Team;Cijfer;Waarde\r\n");
        String maand = jaar + "-01";
        assertThat(text)
                .contains(maand + ";Hele organisatie;Dossiers geopend;13\r\n")
                .contains(maand + ";Onderbouw;Dossiers geopend;< 5\r\n")
                .doesNotContain(maand + ";Groepen;Dossiers geopend;12\r\n");
        assertThat(logged(manager, "reporting.management.export", "E")).isEqualTo(1);
    }

    @Test
    void theBeheerderSeesThemTooAndAProfessionalIsRefused() {
        Browser beheerder = browser().login(account("bhr", Role.BEHEERDER, null));
        assertThat(beheerder.get("/management").statusCode()).isEqualTo(200);
        assertThat(beheerder.get("/beheer/leden").body())
                .as("the role can be given on the members page")
                .contains("<option value=\"LEIDINGGEVENDE\"");
        Browser professional = browser().login(account("bkr", Role.BEROEPSKRACHT, Beroepscluster.ONDERWIJS));
        assertThat(professional.get("/management").statusCode()).isEqualTo(403);
        assertThat(professional.get("/management/export.csv").statusCode()).isEqualTo(403);
    }

    @Test
    void theLeidinggevendeSeesNoDossierAndNoClient() {
        String professional = account("bkr", Role.BEROEPSKRACHT, Beroepscluster.ONDERWIJS);
        UUID dossier = dossiers.open(
                TestActors.actor(jdbc, professional),
                List.of(new NewBetrokkene("Kim Onzichtbaar", LocalDate.of(2016, 2, 3), "", Relatie.KIND)));
        String username = account("mgr", Role.LEIDINGGEVENDE, null);
        var leidinggevende = TestActors.actor(jdbc, username);
        Browser manager = browser().login(username);

        assertThat(manager.get("/dossiers/" + dossier).statusCode()).isEqualTo(404);
        assertThat(manager.get("/dossiers").body()).doesNotContain("Kim Onzichtbaar", dossier.toString());
        assertThat(manager.get("/").body()).contains("href=\"/management\"").doesNotContain("href=\"/dossiers\"");
        assertThatThrownBy(() -> dossiers.myDossiers(leidinggevende, nl.schakel.shared.Paginering.eerste())
                        .regels())
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dossiers.dossier(leidinggevende, dossier)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> dossiers.open(
                        leidinggevende,
                        List.of(new NewBetrokkene("Kim Anders", LocalDate.of(2016, 2, 3), "", Relatie.KIND))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void noPageAndNoExportHoldsANameABsnOrFreeTextOfTheDossiers() {
        String professional = account("bkr", Role.BEROEPSKRACHT, Beroepscluster.ONDERWIJS);
        String bsn = TestBsn.generated(new Random(31));
        String naam = "Femke Geheimnaam";
        String vrijeTekst = "Blauwe plekken op de bovenarm gezien bij het omkleden";
        var actor = TestActors.actor(jdbc, professional);
        UUID dossier =
                dossiers.open(actor, List.of(new NewBetrokkene(naam, LocalDate.of(2015, 4, 5), bsn, Relatie.KIND)));
        dossiers.addSignaal(
                actor,
                dossier,
                new NewSignaal(
                        dossiers.today(),
                        vrijeTekst,
                        SignaalSoort.FEIT,
                        "",
                        Set.of(VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK),
                        false));
        // the dossier's events reach the read model after its commit: scan only once it counts in the figures
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM reporting_dossier WHERE dossier_id = ? AND stap1_op IS NOT NULL",
                                Integer.class,
                                dossier)
                        == 1);
        Browser manager = browser().login(account("mgr", Role.LEIDINGGEVENDE, null));

        List<String> gelezen = new ArrayList<>();
        for (String periode : List.of(String.valueOf(jaar), jaar + "-K1", jaar + "-01")) {
            for (String team : List.of(
                    "organisatie", groepen.value().toString(), onderbouw.value().toString())) {
                gelezen.add(manager.get("/management?jaar=" + jaar + "&periode=" + periode + "&team=" + team)
                        .body());
            }
        }
        gelezen.add(new String(
                manager.getBytes("/management/export.csv?jaar=" + jaar).body(), StandardCharsets.UTF_8));

        assertThat(gelezen)
                .hasSize(10)
                .allSatisfy(inhoud -> assertThat(inhoud)
                        .doesNotContain(naam, "Geheimnaam", bsn, vrijeTekst, "Blauwe plekken", dossier.toString()));
    }

    @Test
    void aYearPeriodOrTeamNotOnTheListGetsADutchMessage() {
        Browser manager = browser().login(account("mgr", Role.LEIDINGGEVENDE, null));
        assertThat(manager.get("/management?periode=1999-K9").body()).contains("Kies een periode uit de lijst.");
        assertThat(manager.get("/management?team=iets").body()).contains("Kies een team uit de lijst.");
        assertThat(manager.get("/management?jaar=twintig").body()).contains("Kies een jaar uit de lijst.");
    }

    /** A dossier opened on the day, through step 1 to {@code stappen}, closed in its last step. */
    private void dossier(TeamId team, LocalDate geopend, LocalDate gesloten, int stappen) {
        Instant open = geopend.atTime(9, 0).atZone(DUTCH_TIME).toInstant();
        jdbc.update(
                "INSERT INTO reporting_dossier (dossier_id, tenant_id, team_id, geopend_op, stap1_op, stap2_op,"
                        + " gesloten_op, gesloten_in_stap) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(),
                tenant.value(),
                team.value(),
                Timestamp.from(open),
                Timestamp.from(open),
                stappen >= 2 ? Timestamp.from(open.plusSeconds(3600)) : null,
                Timestamp.from(gesloten.atTime(15, 0).atZone(DUTCH_TIME).toInstant()),
                stappen);
    }

    private String account(String prefix, Role role, Beroepscluster cluster) {
        String username = TestActors.uniqueUsername(prefix);
        identity.createSystemAccount(
                new NewAccount(
                        username,
                        "Test " + username,
                        TotpCodes.DEMO_PASSWORD,
                        tenant,
                        TenantKind.ORGANISATIE,
                        cluster == null ? null : groepen,
                        role,
                        cluster),
                TotpCodes.DEMO_SECRET);
        return username;
    }

    private int logged(String username, String event, String action) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE username = ? AND event = ? AND action = ?"
                        + " AND outcome = 'GESLAAGD'",
                Integer.class,
                username,
                event,
                action);
    }

    /** The row of the main table with this heading. */
    private static String rij(String html, String kop) {
        String tabel = html.substring(html.indexOf("id=\"cijfers\""), html.indexOf("id=\"tijden\""));
        int start = tabel.indexOf(">" + kop + "</th>");
        return tabel.substring(start, tabel.indexOf("</tr>", start));
    }

    /** The row of the teams table for this team. */
    private static String teamRij(String html, String team) {
        String tabel = html.substring(html.indexOf("id=\"teams\""), html.indexOf("id=\"maanden\""));
        int start = tabel.indexOf(">" + team + "</span></th>");
        return tabel.substring(start, tabel.indexOf("</tr>", start));
    }
}
