package nl.schakel.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import nl.schakel.Browser;
import nl.schakel.PdfTekst;
import nl.schakel.TestActors;
import nl.schakel.TotpCodes;
import nl.schakel.WebITSupport;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.identity.NewAccount;
import nl.schakel.organisation.OrganisationManagement;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.Role;
import nl.schakel.shared.TeamId;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The meldprotocol pages without JavaScript, for a fresh childcare organisation (the demo's protocols stay as they
 * are): the beheerder records version 1 through the form, reads it and downloads its PDF; bad input gets Dutch field
 * errors; a beroepskracht reads the version in force but cannot make one.
 */
class MeldprotocolPaginasIT extends WebITSupport {

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    IdentityManagement identity;

    private TenantId tenant;
    private TeamId groep;
    private String beheerder;
    private String af;
    private String pm;

    @BeforeEach
    void organisatie() {
        String naam = "Kinderopvang Pagina " + UUID.randomUUID().toString().substring(0, 8);
        tenant = organisation.createSystemTenant(
                naam, TenantKind.ORGANISATIE, Set.of("kinderopvang"), Set.of(Beroepscluster.KINDEROPVANG));
        groep = organisation.createSystemTeam(tenant, "Dreumesgroep");
        beheerder = member("mpp-beheer", null, Role.BEHEERDER, null);
        af = member("mpp-af", null, Role.AANDACHTSFUNCTIONARIS, Beroepscluster.KINDEROPVANG);
        pm = member("mpp-pm", groep, Role.BEROEPSKRACHT, Beroepscluster.KINDEROPVANG);
    }

    private String member(String prefix, TeamId team, Role role, Beroepscluster cluster) {
        String username = TestActors.uniqueUsername(prefix);
        identity.createSystemAccount(
                new NewAccount(
                        username,
                        "Test " + username,
                        TotpCodes.DEMO_PASSWORD,
                        tenant,
                        TenantKind.ORGANISATIE,
                        team,
                        role,
                        cluster),
                TotpCodes.DEMO_SECRET);
        return username;
    }

    private String vandaag() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Amsterdam"))
                .toString();
    }

    private HttpResponse<String> legVast(Browser b, String vastgesteldDoor, String ingangsdatum) {
        String afId = TestActors.userId(jdbc, af).toString();
        return b.post(
                "/beheer/meldprotocol/nieuw",
                "/beheer/meldprotocol/nieuw",
                "vastgesteldDoor",
                vastgesteldDoor,
                "vastgesteldOp",
                vandaag(),
                "ingangsdatum",
                ingangsdatum,
                "stap1",
                "Noteer wat u ziet.",
                "verdeling-rest-eindverantwoordelijke",
                afId,
                "verdeling-" + groep + "-alleenSignaleren",
                "ja",
                "verdeling-" + groep + "-eindverantwoordelijke",
                afId,
                "kaderVoorIedereen",
                "kinderopvang",
                "af-" + afId + "-aan",
                "ja",
                "af-" + afId + "-contact",
                "aandacht@nest.example",
                "af-" + afId + "-uren",
                "3 uur per week",
                "vorm-eergerelateerd-geweld-aan",
                "ja",
                "vorm-eergerelateerd-geweld-deskundige",
                "LEC Eergerelateerd Geweld",
                "vorm-eergerelateerd-geweld-instructie",
                "Raadpleeg altijd het LEC.",
                "kindcheckInstructie",
                "Vraag naar broertjes en zusjes.",
                "kindcheckMoment",
                "INTAKE",
                "medewerkerroute",
                "ja",
                "houder",
                "De houder van het kinderdagverblijf",
                "bewaartermijn-0-dossiersoort",
                "Kinddossier",
                "bewaartermijn-0-jaren",
                "2",
                "bewaartermijn-0-grondslag",
                "AVG",
                "bewaartermijn-1-dossiersoort",
                "",
                "bewaartermijn-1-jaren",
                "",
                "bewaartermijn-1-grondslag",
                "",
                "veiligThuisRegios",
                "Veilig Thuis Demo-Noord",
                "kaart-0-naam",
                "Veilig Thuis",
                "kaart-0-omschrijving",
                "Advies en melding",
                "kaart-0-bereikbaar",
                "0800-2000");
    }

    @Test
    void theBeheerderRecordsVersionOneThroughTheFormReadsItAndDownloadsItsPdf() {
        Browser b = browser().login(beheerder);
        assertThat(b.get("/").body())
                .contains("id=\"kaart-meldprotocol\"", "id=\"kaart-invoering\"", "id=\"kaart-scholing\"");
        assertThat(b.get("/beheer/meldprotocol").body()).contains("nog geen meldprotocol van kracht");
        HttpResponse<String> formulier = b.get("/beheer/meldprotocol/nieuw");
        assertThat(formulier.statusCode()).isEqualTo(200);
        assertThat(formulier.body()).contains("<option value=\"kinderopvang\" selected>");

        HttpResponse<String> opgeslagen = legVast(b, "Houder, besluit 2026-4", vandaag());
        assertThat(Browser.location(opgeslagen)).isEqualTo("/beheer/meldprotocol/versies/1");
        String versie = b.get("/beheer/meldprotocol/versies/1").body();
        assertThat(versie)
                .contains("De nieuwe versie is vastgelegd.")
                .contains("Houder, besluit 2026-4")
                .contains("Dreumesgroep")
                .contains("Signaleert alleen. Stap 2 tot en met 5: De aandachtsfunctionarissen.")
                .contains("LEC Eergerelateerd Geweld");
        assertThat(b.get("/beheer/meldprotocol").body()).contains("Versie 1, van kracht sinds");

        HttpResponse<byte[]> pdf = b.getBytes("/beheer/meldprotocol/versies/1/meldprotocol.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(PdfTekst.van(pdf.body()))
                .contains("Versie 1, van kracht vanaf", "Houder, besluit 2026-4")
                .contains("Stap 1: Signalen in kaart brengen Noteer wat u ziet.")
                .contains("Iedereen zonder eigen regel: Kinderopvang")
                .contains("Test " + af)
                .contains("aandacht@nest.example")
                .contains("Eergerelateerd geweld")
                .contains("Vraag naar broertjes en zusjes.")
                .contains("De houder van het kinderdagverblijf")
                .contains("Kinddossier: 2 jaar")
                .contains("0800-2000");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE username = ? AND event = ?",
                        Integer.class,
                        beheerder,
                        "organisation.meldprotocol.export"))
                .isEqualTo(1);
    }

    @Test
    void badInputGetsDutchFieldErrorsOnTheFormAndNothingIsRecorded() {
        Browser b = browser().login(af);
        HttpResponse<String> fout = legVast(b, "", "morgen");
        assertThat(fout.statusCode()).isEqualTo(200);
        assertThat(fout.body())
                .contains("Vul de ingangsdatum in als dag-maand-jaar.")
                .contains("aria-invalid=\"true\"");
        HttpResponse<String> verleden =
                legVast(b, "", LocalDate.parse(vandaag()).minusDays(1).toString());
        assertThat(verleden.body())
                .contains("Vul in wie deze versie heeft vastgesteld.")
                .contains("href=\"#veld-vastgesteldDoor\"");
        assertThat(b.get("/beheer/meldprotocol").body()).contains("nog geen meldprotocol van kracht");
    }

    @Test
    void aBeroepskrachtReadsTheVersionInForceButCannotMakeOne() {
        legVast(browser().login(beheerder), "Houder, besluit 2026-5", vandaag());
        Browser b = browser().login(pm);
        assertThat(b.get("/").body()).contains("id=\"kaart-meldprotocol\"");
        String overzicht = b.get("/beheer/meldprotocol").body();
        assertThat(overzicht).contains("Versie 1, van kracht sinds").doesNotContain("/beheer/meldprotocol/nieuw");
        assertThat(b.get("/beheer/meldprotocol/nieuw").statusCode()).isEqualTo(403);
        assertThat(b.get("/beheer/meldprotocol/versies/1/meldprotocol.pdf").statusCode())
                .isEqualTo(200);
    }
}
