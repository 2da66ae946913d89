package nl.schakel.veiligthuis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.Browser;
import nl.schakel.TestActors;
import nl.schakel.WebITSupport;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.veiligthuis.VeiligThuisManagement;
import nl.schakel.veiligthuis.Veiligheidsbeoordeling;
import nl.schakel.veiligthuis.domain.Beller;
import nl.schakel.veiligthuis.domain.BetrokkeneRol;
import nl.schakel.veiligthuis.domain.Geslacht;
import nl.schakel.veiligthuis.domain.Intake;
import nl.schakel.veiligthuis.domain.MelderCategorie;
import nl.schakel.veiligthuis.domain.Taxatie;
import nl.schakel.veiligthuis.domain.ZaakSoort;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Over HTTP: the pages of the veiligheidsbeoordeling, each form with good and bad input (Dutch messages, nothing
 * saved on error), and the four-eyes approval on the case page.
 */
class VeiligheidsbeoordelingPagesIT extends WebITSupport {

    @Autowired
    VeiligThuisManagement veiligThuis;

    @Autowired
    Veiligheidsbeoordeling vb;

    private UUID melding(String naam, String bsn) {
        var now = clock.instant().minusSeconds(60);
        return veiligThuis.registreer(
                TestActors.actor(jdbc, "vt-noord"),
                Intake.of(
                        ZaakSoort.MELDING,
                        now,
                        Beller.BEROEPSKRACHT,
                        false,
                        new Intake.MelderInvoer("Juf Testmelder", "School Test", "0201234567", true),
                        MelderCategorie.ONDERWIJS,
                        List.of(new Intake.PersoonInvoer(
                                naam, LocalDate.of(2015, 8, 9), Geslacht.VROUW, bsn, BetrokkeneRol.SLACHTOFFER)),
                        List.of(),
                        Set.of(VormVanGeweld.ANDERS),
                        false,
                        "Kind vertelt over ruzie thuis.",
                        clock.instant()));
    }

    private int entries(UUID zaak, String kind) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM veiligthuis.journal_entry WHERE zaak_id = ? AND kind = ?",
                Integer.class,
                zaak,
                kind);
    }

    private String status(UUID zaak) {
        return jdbc.queryForObject("SELECT status FROM veiligthuis.zaak WHERE id = ?", String.class, zaak);
    }

    private static String naam() {
        return "Kind " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theVerrijkingShowsTheChecklistAndTheOwnRecordsAndRecordsASource() {
        String naam = naam();
        UUID eerder = melding(naam, "");
        UUID zaak = melding(naam, "");
        String page = "/veilig-thuis/zaken/" + zaak + "/verrijking";
        Browser b = browser().login("vt-noord");

        HttpResponse<String> first = b.get(page);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body())
                .contains("Nog niet geraadpleegd")
                .contains("Gezagsregister")
                .contains(naam + " (op naam en geboortedatum)");
        String eigenRegistratie = first.body().substring(first.body().indexOf("id=\"eerdere-zaken\""));
        assertThat(eigenRegistratie)
                .contains("href=\"/veilig-thuis/zaken/" + eerder + "\"")
                .doesNotContain("href=\"/veilig-thuis/zaken/" + zaak + "\"");

        HttpResponse<String> bad = b.post(
                page,
                page,
                "bron",
                "",
                "uitkomst",
                "  ",
                "datum",
                LocalDate.now().plusDays(30).toString());
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body())
                .contains("Kies een bron.")
                .contains("Schrijf op wat u bij deze bron vond")
                .contains("De datum mag niet in de toekomst liggen.");
        // only the source VT-register, filled by Schakel when the case was opened (issue 11)
        assertThat(entries(zaak, "VERRIJKING")).isOne();

        HttpResponse<String> good = b.post(
                page, page, "bron", "GEZAGSREGISTER", "uitkomst", "Moeder heeft alleen gezag.", "datum", "2026-01-05");
        assertThat(good.statusCode()).isEqualTo(302);
        assertThat(Browser.location(good)).isEqualTo(page);
        assertThat(entries(zaak, "VERRIJKING")).isEqualTo(2);
        assertThat(b.get(page).body()).contains("Moeder heeft alleen gezag.").contains("De bron is vastgelegd.");
        assertThat(b.get("/veilig-thuis/zaken/" + zaak).body())
                .contains("Verrijking: bron geraadpleegd")
                .contains("href=\"" + page + "\"");
    }

    @Test
    void theTaxatieNeedsEveryAnswerWithAReasonAndRiskFactorsAreListedApart() {
        UUID zaak = melding(naam(), "");
        String page = "/veilig-thuis/zaken/" + zaak + "/taxatie";
        String risico = "/veilig-thuis/zaken/" + zaak + "/risicofactoren";
        Browser b = browser().login("vt-noord");
        assertThat(b.get(page).body()).contains("Er is nog geen taxatie vastgelegd.");

        HttpResponse<String> bad =
                b.post(page, page, "acuutOnveilig", "ja", "redenAcuut", " ", "redenStructureel", "Al maanden ruzie.");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("Kies ja of nee.").contains("Leg uit waarom");
        assertThat(entries(zaak, "TAXATIE")).isZero();

        HttpResponse<String> good = b.post(
                page,
                page,
                "acuutOnveilig",
                "nee",
                "redenAcuut",
                "Geen direct gevaar.",
                "structureelOnveilig",
                "ja",
                "redenStructureel",
                "Al maanden ruzie.",
                "multiproblematiek",
                "nee",
                "redenMultiproblematiek",
                "Alleen de ruzie.");
        assertThat(good.statusCode()).isEqualTo(302);
        assertThat(entries(zaak, "TAXATIE")).isEqualTo(1);

        HttpResponse<String> badRisico = b.post(page, risico, "omschrijving", "   ");
        assertThat(badRisico.statusCode()).isEqualTo(200);
        assertThat(badRisico.body()).contains("Beschrijf de risicofactor");
        assertThat(entries(zaak, "RISICOFACTOR")).isZero();
        assertThat(b.post(page, risico, "omschrijving", "Vader drinkt veel.").statusCode())
                .isEqualTo(302);

        assertThat(b.get(page).body())
                .contains("Al maanden ruzie.")
                .contains("Vader drinkt veel.")
                .doesNotContain("Er is nog geen taxatie vastgelegd.");
    }

    @Test
    void aBesluitIsProposedAfterTheTaxatieAndApprovedByAnotherPersonOnTheCasePage() {
        UUID zaak = melding(naam(), "");
        String besluit = "/veilig-thuis/zaken/" + zaak + "/besluit";
        String show = "/veilig-thuis/zaken/" + zaak;
        String beoordeling = besluit + "/beoordeling";
        Browser vt = browser().login("vt-noord");

        HttpResponse<String> tooEarly =
                vt.post(besluit, besluit, "besluit", "ONDERZOEK", "motivering", "Formele vaststelling nodig.");
        assertThat(tooEarly.statusCode()).isEqualTo(200);
        assertThat(tooEarly.body()).contains("Leg eerst de veiligheidstaxatie vast.");
        assertThat(entries(zaak, "BESLUIT_VOORGESTELD")).isZero();

        vb.taxatie(
                TestActors.actor(jdbc, "vt-noord"),
                zaak,
                Taxatie.of(false, "Geen direct gevaar.", true, "Al maanden ruzie.", false, "Alleen de ruzie."));
        assertThat(vt.get(besluit).body())
                .contains("Al maanden ruzie.")
                .contains("Veilig Thuis draagt over en monitort daarna niet.");
        HttpResponse<String> bad = vt.post(besluit, besluit, "motivering", " ");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("Kies een besluit.").contains("Schrijf op waarom u dit besluit voorstelt");
        assertThat(entries(zaak, "BESLUIT_VOORGESTELD")).isZero();

        HttpResponse<String> good =
                vt.post(besluit, besluit, "besluit", "ONDERZOEK", "motivering", "Formele vaststelling nodig.");
        assertThat(good.statusCode()).isEqualTo(302);
        assertThat(Browser.location(good)).isEqualTo(show);
        assertThat(status(zaak)).isEqualTo("BESLUIT_VOORGESTELD");
        assertThat(vt.get(show).body())
                .contains("id=\"eigen-voorstel\"")
                .doesNotContain("action=\"" + beoordeling + "\"");
        assertThat(vt.post(show, beoordeling, "goedgekeurd", "ja").statusCode()).isEqualTo(403);

        Browser gw = browser().login("gw-noord");
        assertThat(gw.get("/").body()).contains("href=\"/veilig-thuis/besluiten\"");
        assertThat(gw.get("/veilig-thuis/besluiten").body()).contains("href=\"" + beoordeling + "\"");
        HttpResponse<String> caseGw = gw.get(show);
        assertThat(caseGw.body()).contains("action=\"" + beoordeling + "\"").contains("Formele vaststelling nodig.");

        HttpResponse<String> rejectWithoutReason = gw.post(show, beoordeling, "goedgekeurd", "nee", "toelichting", "");
        assertThat(rejectWithoutReason.statusCode()).isEqualTo(200);
        assertThat(rejectWithoutReason.body()).contains("Schrijf op waarom u het besluit afwijst");
        assertThat(entries(zaak, "BESLUIT_BEOORDEELD")).isZero();
        HttpResponse<String> noChoice = gw.post(show, beoordeling, "toelichting", "");
        assertThat(noChoice.body()).contains("Kies of u het besluit goedkeurt of afwijst.");
        assertThat(status(zaak)).isEqualTo("BESLUIT_VOORGESTELD");

        HttpResponse<String> approve = gw.post(show, beoordeling, "goedgekeurd", "ja", "toelichting", "");
        assertThat(approve.statusCode()).isEqualTo(302);
        assertThat(status(zaak)).isEqualTo("ONDERZOEK");
        assertThat(gw.get(show).body())
                .contains("Het besluit is goedgekeurd en geldt nu.")
                .contains("Besluit beoordeeld")
                .doesNotContain("action=\"" + beoordeling + "\"");
        assertThat(gw.get("/veilig-thuis/besluiten").body()).doesNotContain("href=\"" + beoordeling + "\"");
    }
}
