package nl.schakel.veiligthuis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.Browser;
import nl.schakel.TestActors;
import nl.schakel.WebITSupport;
import nl.schakel.shared.Actor;
import nl.schakel.veiligthuis.VeiligThuisIntakeIT;
import nl.schakel.veiligthuis.VeiligThuisManagement;
import nl.schakel.veiligthuis.Veiligheidsbeoordeling;
import nl.schakel.veiligthuis.domain.Besluit;
import nl.schakel.veiligthuis.domain.BesluitVoorgesteld;
import nl.schakel.veiligthuis.domain.Bron;
import nl.schakel.veiligthuis.domain.EersteContact;
import nl.schakel.veiligthuis.domain.Risicofactor;
import nl.schakel.veiligthuis.domain.Taxatie;
import nl.schakel.veiligthuis.domain.Verrijking;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Over HTTP, the case page leading the worker: where the case is, what is due next and by when, the worker's actions
 * with the due one first, back on the case after a step; the besluit reviewed beside what it rests on; and the action
 * pages refused (403, logged) to a role that may not act on them.
 */
class ZaakWerkplekPagesIT extends WebITSupport {

    /** Every action page of today. */
    private static final List<String> ACTIEPAGINAS = List.of(
            "advies",
            "eerste-contact",
            "verrijking",
            "taxatie",
            "besluit",
            "besluit/beoordeling",
            "veiligheidscheck",
            "acuut",
            "terugkoppeling");

    /**
     * The agreed pages of the services after the besluit, built in other parts of issue 10: the same guard refuses the
     * teamleider there once their controllers exist ({@code Actie.vanPad} finds each, {@code ZaakActiesTests}).
     */
    private static final List<String> DIENSTPAGINAS = List.of(
            "voorwaarden",
            "voorwaarden/beoordeling",
            "afspraken",
            "naar-overdracht",
            "onderzoek",
            "raad",
            "overdracht",
            "overdracht/aanvaarding",
            "monitoring",
            "monitoring/conclusie",
            "monitoring/beoordeling");

    @Autowired
    VeiligThuisManagement veiligThuis;

    @Autowired
    Veiligheidsbeoordeling vb;

    private Actor vtNoord() {
        return TestActors.actor(jdbc, "vt-noord");
    }

    private UUID melding() {
        return veiligThuis.registreer(
                vtNoord(),
                VeiligThuisIntakeIT.melding(
                        "Kind " + UUID.randomUUID().toString().substring(0, 8),
                        LocalDate.of(2016, 3, 4),
                        "",
                        clock.instant().minusSeconds(60),
                        clock.instant()));
    }

    /** Posts the taxatie form with these answers about acute danger; the rest is the same each time. */
    private static HttpResponse<String> taxatie(Browser b, String taxatie, String acuut, String redenAcuut) {
        return b.post(
                taxatie,
                taxatie,
                "acuutOnveilig",
                acuut,
                "redenAcuut",
                redenAcuut,
                "structureelOnveilig",
                "ja",
                "redenStructureel",
                "Al maanden ruzie.",
                "multiproblematiek",
                "nee",
                "redenMultiproblematiek",
                "Alleen de ruzie.");
    }

    private LocalDate vbUiterlijk(UUID zaak) {
        return jdbc.queryForObject("SELECT vb_uiterlijk FROM veiligthuis.zaak WHERE id = ?", LocalDate.class, zaak);
    }

    private int geweigerd(UUID zaak) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE object_id = ? AND event = 'veiligthuis.actiepagina'"
                        + " AND outcome = 'GEWEIGERD'",
                Integer.class,
                zaak.toString());
    }

    private static String datum(LocalDate d) {
        return d.format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy"));
    }

    @Test
    void theTeamleiderIsRefusedEveryActionPageAndEachRefusalIsLogged() {
        UUID zaak = melding();
        String show = "/veilig-thuis/zaken/" + zaak;
        // the intake, and the source VT-register that Schakel filled when the case was opened (issue 11)
        int entries = jdbc.queryForObject(
                "SELECT count(*) FROM veiligthuis.journal_entry WHERE zaak_id = ?", Integer.class, zaak);
        Browser tl = browser().login("tl-noord");
        assertThat(tl.get(show).statusCode()).isEqualTo(200);

        for (String actie : ACTIEPAGINAS) {
            assertThat(tl.get(show + "/" + actie).statusCode())
                    .as("GET " + actie)
                    .isEqualTo(403);
            assertThat(tl.post(show, show + "/" + actie, "reden", "Teamleider probeert het.")
                            .statusCode())
                    .as("POST " + actie)
                    .isEqualTo(403);
        }
        assertThat(tl.post(show, show + "/risicofactoren", "omschrijving", "Teamleider.")
                        .statusCode())
                .isEqualTo(403);
        // the services' pages: every one has a POST; the guard refuses it before the page's own checks
        for (String actie : DIENSTPAGINAS) {
            assertThat(tl.post(show, show + "/" + actie, "reden", "Teamleider probeert het.")
                            .statusCode())
                    .as("POST " + actie)
                    .isEqualTo(403);
        }
        assertThat(geweigerd(zaak)).isEqualTo(ACTIEPAGINAS.size() * 2 + 1 + DIENSTPAGINAS.size());
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM veiligthuis.journal_entry WHERE zaak_id = ?", Integer.class, zaak))
                .isEqualTo(entries);
        assertThat(tl.get(show + "/overzicht").statusCode()).isEqualTo(200);
    }

    @Test
    void onlyAGedragswetenschapperOpensTheReviewPagesOfFourEyes() {
        UUID zaak = melding();
        String show = "/veilig-thuis/zaken/" + zaak;
        Browser vt = browser().login("vt-noord");
        assertThat(vt.get(show + "/besluit/beoordeling").statusCode()).isEqualTo(403);
        assertThat(vt.post(show, show + "/besluit/beoordeling", "goedgekeurd", "ja")
                        .statusCode())
                .isEqualTo(403);
        assertThat(geweigerd(zaak)).isEqualTo(2);
        assertThat(vt.get(show + "/taxatie").statusCode()).isEqualTo(200);
        assertThat(browser()
                        .login("gw-noord")
                        .get(show + "/besluit/beoordeling")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void theCasePageSaysWhereTheCaseIsWhatIsDueNextAndByWhen() {
        UUID zaak = melding();
        String show = "/veilig-thuis/zaken/" + zaak;
        String uiterlijk = datum(vbUiterlijk(zaak));

        String medewerker = browser().login("vt-noord").get(show).body();
        assertThat(medewerker)
                .contains("Waar staat de zaak")
                .contains("Veilig Thuis kijkt hoe veilig de kinderen en het gezin zijn")
                .contains("Wat nu moet gebeuren: <strong>Eerste contact vastleggen</strong>, uiterlijk op " + uiterlijk)
                .contains("class=\"button button--primary\" href=\"" + show + "/eerste-contact\"")
                .doesNotContain("Dit doet een collega.");
        assertThat(medewerker.indexOf(show + "/eerste-contact\""))
                .isLessThan(medewerker.indexOf(show + "/verrijking\""));

        String teamleider = browser().login("tl-noord").get(show).body();
        assertThat(teamleider)
                .contains("Wat nu moet gebeuren: <strong>Eerste contact vastleggen</strong>, uiterlijk op " + uiterlijk)
                .contains("Dit doet een collega.")
                .doesNotContain("button--primary\" href=\"" + show + "/")
                .contains("href=\"" + show + "/overzicht\"");
    }

    @Test
    void afterTheTaxatieTheWorkerLandsOnTheCaseWithTheResultAndTheBesluitDueNext() {
        UUID zaak = melding();
        String show = "/veilig-thuis/zaken/" + zaak;
        String taxatie = show + "/taxatie";
        veiligThuis.eersteContact(
                vtNoord(),
                zaak,
                EersteContact.of(
                        "Juf zag blauwe plekken.", "Geen acuut gevaar.", true, "", "Wij bellen na de beoordeling."));
        vb.verrijking(vtNoord(), zaak, Verrijking.of(Bron.VERWIJSINDEX, "Geen signalen.", vb.vandaag(), vb.vandaag()));
        Browser b = browser().login("vt-noord");
        assertThat(b.get(show).body()).contains("button--primary\" href=\"" + taxatie + "\"");

        HttpResponse<String> opgeslagen = taxatie(b, taxatie, "nee", "Geen direct gevaar.");
        assertThat(Browser.location(opgeslagen)).isEqualTo(show);
        assertThat(b.get(show).body())
                .contains("De taxatie is vastgelegd.")
                .contains("Wat nu moet gebeuren: <strong>Besluit voorstellen</strong>")
                .contains("button--primary\" href=\"" + show + "/besluit\"");
    }

    @Test
    void anAcuteTaxatieShowsTheCaseAcuteWithItsReasoning() {
        UUID zaak = melding();
        String show = "/veilig-thuis/zaken/" + zaak;
        String taxatie = show + "/taxatie";
        Browser b = browser().login("vt-noord");
        assertThat(b.get(show).body()).doesNotContain("id=\"acuut\"");

        taxatie(b, taxatie, "ja", "Vader dreigt het kind vandaag mee te nemen.");
        assertThat(b.get(show).body())
                .contains("id=\"acuut\"")
                .contains("Vader dreigt het kind vandaag mee te nemen.")
                .doesNotContain("href=\"" + show + "/acuut\"");
    }

    @Test
    void theGedragswetenschapperReviewsTheBesluitWithTheTaxatieAndTheVerrijkingBesideIt() {
        UUID zaak = melding();
        String beoordeling = "/veilig-thuis/zaken/" + zaak + "/besluit/beoordeling";
        vb.verrijking(
                vtNoord(),
                zaak,
                Verrijking.of(Bron.POLITIE_OM, "Twee meldingen van burengerucht.", vb.vandaag(), vb.vandaag()));
        vb.taxatie(
                vtNoord(),
                zaak,
                Taxatie.of(false, "Geen direct gevaar.", true, "Herhaald geweld in huis.", false, "Nee."));
        vb.risicofactor(vtNoord(), zaak, Risicofactor.of("Vader drinkt veel."));
        vb.stelVoor(vtNoord(), zaak, BesluitVoorgesteld.of(Besluit.ONDERZOEK, "Formele vaststelling nodig."));

        HttpResponse<String> page = browser().login("gw-noord").get(beoordeling);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Formele vaststelling nodig.")
                .contains("action=\"" + beoordeling + "\"")
                .contains("id=\"taxatie-in-beoordeling\"")
                .contains("Herhaald geweld in huis.")
                .contains("Vader drinkt veel.")
                .contains("id=\"verrijking-in-beoordeling\"")
                .contains("Twee meldingen van burengerucht.");
    }

    @Test
    void aVeiligThuisWorkerLandsOnAHomePageAboutTheirWorkNotOnTheMeldcodeSteps() {
        UUID zaak = melding();
        String show = "/veilig-thuis/zaken/" + zaak;

        HttpResponse<String> vt = browser().login("vt-noord").get("/");
        assertThat(vt.statusCode()).isEqualTo(200);
        assertThat(vt.body())
                .contains("Welkom, ")
                .contains("Wachten op de veiligheidsbeoordeling")
                .contains("id=\"werk-telaat\"")
                .contains("href=\"/veilig-thuis/wachtrij\"")
                .doesNotContain("De 5 stappen van de meldcode");
        String rij = vt.body().substring(vt.body().indexOf("id=\"eigen-" + zaak + "\""));
        assertThat(rij.substring(0, rij.indexOf("</tr>")))
                .contains("href=\"" + show + "\"")
                .contains("Eerste contact vastleggen")
                .contains(datum(vbUiterlijk(zaak)));

        String gw = browser().login("gw-noord").get("/").body();
        assertThat(gw).contains("href=\"/veilig-thuis/besluiten\"").contains("id=\"werk-tebeoordelen\"");

        String tl = browser().login("tl-noord").get("/").body();
        assertThat(tl)
                .contains("href=\"/veilig-thuis/termijnen\"")
                .contains("id=\"werk-over-termijn\"")
                .contains("id=\"geen-eigen-zaken\"")
                .doesNotContain("De 5 stappen van de meldcode");

        Browser leerkracht = browser().login("leerkracht");
        assertThat(leerkracht.get("/").body()).contains("De 5 stappen van de meldcode");
        assertThat(leerkracht.get("/veilig-thuis").statusCode()).isEqualTo(403);
    }
}
