package nl.schakel.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.schakel.Browser;
import nl.schakel.PdfTekst;
import nl.schakel.TestActors;
import nl.schakel.WebITSupport;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantKind;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The implementation checklist through the pages, for an organisation of its own (the demo school's checklist stays as
 * the demo made it): the overview with the progress and the automatic items that say why, an item changed twice with
 * both rows in the history, Dutch form errors, a document uploaded (checked by its content, not its name or type),
 * refused when too large (over the checklist's 5 MB and over the server's limit alike) and downloaded, every read,
 * change and download in the access log, and nobody else let in.
 */
class InvoeringIT extends WebITSupport {

    private static final String PAGE = "/beheer/invoering";

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    IdentityManagement identity;

    private TenantId tenant;
    private String beheerder;
    private String aandacht;
    private String beroepskracht;

    @BeforeEach
    void organisatie() {
        tenant = organisation.createSystemTenant(
                "School Invoering " + UUID.randomUUID().toString().substring(0, 8),
                TenantKind.ORGANISATIE,
                Set.of("onderwijs"),
                Set.of(Beroepscluster.ONDERWIJS));
        beheerder = account("inv-beheer", Role.BEHEERDER, null);
        aandacht = account("inv-af", Role.AANDACHTSFUNCTIONARIS, Beroepscluster.ONDERWIJS);
        beroepskracht = account("inv-bk", Role.BEROEPSKRACHT, Beroepscluster.ONDERWIJS);
    }

    private String account(String prefix, Role role, @Nullable Beroepscluster cluster) {
        return TestActors.enrolledMember(identity, tenant, TenantKind.ORGANISATIE, prefix, role, cluster);
    }

    private int logRows(String event, String username) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE event = ? AND username = ? AND outcome = 'GESLAAGD'",
                Integer.class,
                event,
                username);
    }

    private int rows(String table) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM organisation." + table + " WHERE tenant_id = ?", Integer.class, tenant.value());
    }

    /** Uploads a file from the item's page, as its form does (the CSRF token as a field of the multipart form). */
    private static HttpResponse<String> upload(Browser b, String punt, String naam, String type, byte[] inhoud) {
        String token = Browser.csrfToken(b.get(PAGE + "/" + punt));
        return b.postFile(PAGE + "/" + punt + "/bewijsstukken", "bestand", naam, type, inhoud, "_csrf", token);
    }

    @Test
    void theBeheerderSeesEveryItemTheProgressAndWhyEachMinimumRequirementIsNotMetYet() {
        Browser b = browser().login(beheerder);

        String page = b.get(PAGE).body();

        assertThat(page)
                .contains("De invoering van de meldcode")
                .contains("0 van de 13 punten zijn klaar (0%)")
                .contains("Een implementatieplan opstellen")
                .contains("Uitvoering: registratie, monitoring en evaluatie")
                .contains("Instructies voor de kindcheck en de mantelzorgcheck")
                .contains("href=\"/beheer/invoering\"");
        assertThat(page.split("Er is nog geen meldprotocol vastgesteld.", -1)).hasSize(7);
        assertThat(logRows("organisation.invoering.list", beheerder)).isEqualTo(1);
        assertThat(b.get(PAGE + "/stappenplan").body())
                .contains("Automatische controle")
                .contains("Er is nog geen meldprotocol vastgesteld.")
                .doesNotContain("name=\"status\"");
        assertThat(logRows("organisation.invoering.read", beheerder)).isEqualTo(1);
        assertThat(b.get(PAGE + "/bestaat-niet").statusCode()).isEqualTo(404);
    }

    @Test
    void theDemoSchoolHasAHalfDoneChecklistWithADocumentThatOpens() {
        Browser b = browser().login("af-school");

        String page = b.get(PAGE).body();

        assertThat(page)
                // the demo school's meldprotocol (MeldprotocolDemo) proves all six minimum requirements by itself
                .contains("9 van de 13 punten zijn klaar (69%)")
                .contains("Invoering: 3 van de 7 punten klaar")
                .contains("Minimumeisen van het meldprotocol: 6 van de 6 aangetoond")
                .contains("1 punt is over de streefdatum")
                .contains("Anouk Aandacht")
                .contains("1 document en een toelichting");
        String item = b.get(PAGE + "/implementatieplan").body();
        Matcher m = Pattern.compile("/beheer/invoering/bewijsstukken/([0-9a-f-]{36})")
                .matcher(item);
        assertThat(m.find()).isTrue();
        byte[] plan = b.getBytes(m.group()).body();
        assertThat(PdfTekst.van(plan)).contains("Implementatieplan meldcode (demo, synthetisch)");
    }

    @Test
    void anItemIsChangedTwiceAndTheHistoryKeepsAndShowsBothRows() {
        Browser b = browser().login(beheerder);
        String owner = TestActors.userId(jdbc, aandacht).toString();

        HttpResponse<String> eerste = b.post(
                PAGE + "/borging",
                PAGE + "/borging",
                "eigenaar",
                owner,
                "status",
                "BEZIG",
                "streefdatum",
                "2027-06-01",
                "toelichting",
                "Stappen in het intakeformulier opnemen.");
        assertThat(Browser.location(eerste)).isEqualTo(PAGE + "/borging");
        HttpResponse<String> tweede = b.post(
                PAGE + "/borging",
                PAGE + "/borging",
                "eigenaar",
                owner,
                "status",
                "GEREED",
                "streefdatum",
                "2027-06-01",
                "toelichting",
                "Intakeformulier aangepast en besproken in het teamoverleg.");
        assertThat(Browser.location(tweede)).isEqualTo(PAGE + "/borging");

        assertThat(rows("invoering_wijziging")).isEqualTo(2);
        String item = b.get(PAGE + "/borging").body();
        assertThat(item)
                .contains("De wijziging is opgeslagen.")
                .contains("Stappen in het intakeformulier opnemen.")
                .contains("Intakeformulier aangepast en besproken in het teamoverleg.")
                .contains("Test " + aandacht)
                .contains("1-6-2027");
        assertThat(b.get(PAGE).body()).contains("1 van de 13 punten zijn klaar (7%)");
        assertThat(logRows("organisation.invoering.update", beheerder)).isEqualTo(2);
    }

    @Test
    void theAandachtsfunctionarisChangesAnItemTooAndBadInputIsADutchFormError() {
        Browser b = browser().login(aandacht);

        HttpResponse<String> zonderBewijs = b.post(
                PAGE + "/communicatie",
                PAGE + "/communicatie",
                "eigenaar",
                "",
                "status",
                "GEREED",
                "streefdatum",
                "",
                "toelichting",
                "");
        assertThat(zonderBewijs.statusCode()).isEqualTo(200);
        assertThat(zonderBewijs.body()).contains("Een punt is pas klaar met bewijs.");

        HttpResponse<String> fout = b.post(
                PAGE + "/communicatie",
                PAGE + "/communicatie",
                "eigenaar",
                UUID.randomUUID().toString(),
                "status",
                "BEZIG",
                "streefdatum",
                "morgen",
                "toelichting",
                "");
        assertThat(fout.statusCode()).isEqualTo(200);
        assertThat(fout.body())
                .contains("Kies een eigenaar uit de lijst.")
                .contains("Vul een echte datum in: dag, maand en jaar.");
        assertThat(rows("invoering_wijziging")).isZero();

        HttpResponse<String> goed = b.post(
                PAGE + "/communicatie",
                PAGE + "/communicatie",
                "eigenaar",
                "",
                "status",
                "BEZIG",
                "streefdatum",
                "",
                "toelichting",
                "Nieuwsbrief aan ouders in april.");
        assertThat(Browser.location(goed)).isEqualTo(PAGE + "/communicatie");
        assertThat(logRows("organisation.invoering.update", aandacht)).isEqualTo(1);
    }

    @Test
    void aDocumentIsCheckedByItsContentStoredAndItsDownloadLoggedAsAnExport() {
        Browser b = browser().login(beheerder);
        HttpResponse<String> pdf =
                upload(b, "implementatieplan", "Implementatieplan 2027.pdf", "text/html", Bestanden.pdf());

        assertThat(Browser.location(pdf)).isEqualTo(PAGE + "/implementatieplan");
        UUID id = jdbc.queryForObject(
                "SELECT id FROM organisation.invoering_bewijsstuk WHERE tenant_id = ?", UUID.class, tenant.value());
        String item = b.get(PAGE + "/implementatieplan").body();
        assertThat(item)
                .contains("Het document is toegevoegd.")
                .contains("Implementatieplan 2027.pdf")
                .contains("/beheer/invoering/bewijsstukken/" + id);
        assertThat(logRows("organisation.invoering.bewijsstuk.create", beheerder))
                .isEqualTo(1);

        HttpResponse<byte[]> download = b.getBytes("/beheer/invoering/bewijsstukken/" + id);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(Bestanden.pdf());
        assertThat(download.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE event = 'organisation.invoering.bewijsstuk.export'"
                                + " AND action = 'E' AND object_id = ? AND username = ?",
                        Integer.class,
                        id.toString(),
                        beheerder))
                .isEqualTo(1);

        HttpResponse<String> docx =
                upload(b, "gegevensuitwisseling", "afspraken.docx", "application/octet-stream", Bestanden.docx());
        assertThat(Browser.location(docx)).isEqualTo(PAGE + "/gegevensuitwisseling");
        assertThat(b.get(PAGE).body()).contains("1 document");
    }

    @Test
    void aFileOfAnotherKindOrOver5MbOrOverTheServersLimitIsADutchFormErrorNotAnErrorPage() {
        Browser b = browser().login(beheerder);
        HttpResponse<String> html = upload(
                b,
                "procedures",
                "procedure.pdf",
                "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("Dit soort bestand kan niet.");

        HttpResponse<String> macro = upload(b, "procedures", "procedure.docx", "application/pdf", Bestanden.docm());
        assertThat(macro.body()).contains("Dit soort bestand kan niet.");

        HttpResponse<String> leeg = upload(b, "procedures", "", "application/octet-stream", new byte[0]);
        assertThat(leeg.body()).contains("Kies een document om toe te voegen.");

        HttpResponse<String> zesMb =
                upload(b, "procedures", "groot.pdf", "application/pdf", Bestanden.pdfVan(6 * 1024 * 1024));
        assertThat(zesMb.statusCode()).isEqualTo(200);
        assertThat(zesMb.body()).contains("Het document is te groot. Een document mag ten hoogste 5 MB zijn.");

        HttpResponse<String> elfMb =
                upload(b, "procedures", "enorm.pdf", "application/pdf", Bestanden.pdfVan(11 * 1024 * 1024));
        assertThat(elfMb.statusCode()).isEqualTo(302);
        assertThat(Browser.location(elfMb)).isEqualTo(PAGE + "/procedures?bestand=te-groot");
        HttpResponse<String> daarna = b.get(Browser.location(elfMb));
        assertThat(daarna.statusCode()).isEqualTo(200);
        assertThat(daarna.body())
                .contains("Het document is te groot. Een document mag ten hoogste 5 MB zijn.")
                .contains("id=\"fout-bestand\"");

        assertThat(rows("invoering_bewijsstuk")).isZero();
        HttpResponse<String> zonderToken = b.postFile(
                PAGE + "/procedures/bewijsstukken", "bestand", "plan.pdf", "application/pdf", Bestanden.pdf());
        assertThat(zonderToken.statusCode()).isEqualTo(403);
        assertThat(rows("invoering_bewijsstuk")).isZero();
    }

    @Test
    void aBeroepskrachtGetsNoAccessAndAnotherOrganisationCannotDownloadTheDocument() {
        Browser bk = browser().login(beroepskracht);
        assertThat(bk.get(PAGE).statusCode()).isEqualTo(403);
        assertThat(bk.get(PAGE).body()).doesNotContain("Een implementatieplan opstellen");
        assertThat(bk.get("/").body()).doesNotContain("href=\"/beheer/invoering\"");

        Browser b = browser().login(beheerder);
        upload(b, "uitvoering", "evaluatie.png", "image/png", Bestanden.png());
        UUID id = jdbc.queryForObject(
                "SELECT id FROM organisation.invoering_bewijsstuk WHERE tenant_id = ?", UUID.class, tenant.value());

        assertThat(bk.getBytes("/beheer/invoering/bewijsstukken/" + id).statusCode())
                .isEqualTo(403);
        Browser ander = browser().login("beheer-school");
        assertThat(ander.getBytes("/beheer/invoering/bewijsstukken/" + id).statusCode())
                .isEqualTo(404);
        assertThat(ander.getBytes("/beheer/invoering/bewijsstukken/geen-id").statusCode())
                .isEqualTo(404);
        assertThat(Arrays.asList(
                        bk.get(PAGE + "/uitvoering").statusCode(),
                        ander.get(PAGE).statusCode()))
                .containsExactly(403, 200);
    }

    @Test
    void theBeheerderOfAVeiligThuisRegionHasNoMeldcodeChecklist() {
        TenantId regio = new TenantId(TestActors.tenantId(jdbc, "Veilig Thuis Demo-Noord"));
        String vtBeheerder = TestActors.enrolledMember(
                identity, regio, TenantKind.VEILIG_THUIS_REGIO, "vt-beheer", Role.BEHEERDER, null);
        Browser b = browser().login(vtBeheerder);

        assertThat(b.get(PAGE).statusCode()).isEqualTo(403);
        assertThat(b.post(PAGE + "/borging", PAGE + "/borging", "status", "BEZIG")
                        .statusCode())
                .isEqualTo(403);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM organisation.invoering_wijziging WHERE tenant_id = ?",
                        Integer.class,
                        regio.value()))
                .isZero();
    }
}
