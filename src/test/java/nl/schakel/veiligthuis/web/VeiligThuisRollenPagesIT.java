package nl.schakel.veiligthuis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
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
import nl.schakel.veiligthuis.domain.Besluit;
import nl.schakel.veiligthuis.domain.BesluitVoorgesteld;
import nl.schakel.veiligthuis.domain.BetrokkeneRol;
import nl.schakel.veiligthuis.domain.Geslacht;
import nl.schakel.veiligthuis.domain.Intake;
import nl.schakel.veiligthuis.domain.MelderCategorie;
import nl.schakel.veiligthuis.domain.Taxatie;
import nl.schakel.veiligthuis.domain.ZaakSoort;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Over HTTP: what each VT role sees on the case page, forms that say "not possible now" instead of a form the server
 * would refuse, and the acute mark on every page about one melding.
 */
class VeiligThuisRollenPagesIT extends WebITSupport {

    private static final String ACUUT_MARK = "<strong class=\"badge badge--acuut\"";

    @Autowired
    VeiligThuisManagement veiligThuis;

    @Autowired
    Veiligheidsbeoordeling vb;

    private UUID melding(boolean acuut, Instant ontvangen) {
        return veiligThuis.registreer(
                TestActors.actor(jdbc, "vt-noord"),
                Intake.of(
                        ZaakSoort.MELDING,
                        ontvangen,
                        Beller.BEROEPSKRACHT,
                        false,
                        new Intake.MelderInvoer("Juf Rollentest", "School Test", "0201234567", true),
                        MelderCategorie.ONDERWIJS,
                        List.of(new Intake.PersoonInvoer(
                                "Kind " + UUID.randomUUID().toString().substring(0, 8),
                                LocalDate.of(2016, 3, 4),
                                Geslacht.VROUW,
                                "",
                                BetrokkeneRol.SLACHTOFFER)),
                        List.of(),
                        Set.of(VormVanGeweld.ANDERS),
                        acuut,
                        "Kind vertelt over ruzie thuis.",
                        clock.instant()));
    }

    private UUID melding(boolean acuut) {
        return melding(acuut, clock.instant().minusSeconds(60));
    }

    private static final List<String> SCHRIJFACTIES =
            List.of("veiligheidscheck", "verrijking", "taxatie", "besluit", "acuut", "eerste-contact");

    @Test
    void theTeamleiderSeesNoButtonsThatWouldBeRefusedButKeepsTheOverview() {
        UUID zaak = melding(false);
        String show = "/veilig-thuis/zaken/" + zaak;

        String medewerker = browser().login("vt-noord").get(show).body();
        for (String actie : SCHRIJFACTIES) {
            assertThat(medewerker).contains("href=\"" + show + "/" + actie + "\"");
        }

        HttpResponse<String> page = browser().login("tl-noord").get(show);
        assertThat(page.statusCode()).isEqualTo(200);
        for (String actie : SCHRIJFACTIES) {
            assertThat(page.body()).doesNotContain("href=\"" + show + "/" + actie + "\"");
        }
        assertThat(page.body()).contains("href=\"" + show + "/overzicht\"");
    }

    @Test
    void theTaxatiePageSaysItIsNotPossibleWhileABesluitWaitsForApproval() {
        UUID zaak = melding(false);
        String taxatie = "/veilig-thuis/zaken/" + zaak + "/taxatie";
        Browser b = browser().login("vt-noord");
        assertThat(b.get(taxatie).body()).contains("action=\"" + taxatie + "\"").doesNotContain("id=\"niet-mogelijk\"");

        var vtNoord = TestActors.actor(jdbc, "vt-noord");
        vb.taxatie(vtNoord, zaak, Taxatie.of(false, "Geen direct gevaar.", true, "Al maanden ruzie.", false, "Nee."));
        vb.stelVoor(vtNoord, zaak, BesluitVoorgesteld.of(Besluit.ONDERZOEK, "Formele vaststelling nodig."));

        HttpResponse<String> page = b.get(taxatie);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"niet-mogelijk\"")
                .contains("U kunt de taxatie nu niet vastleggen.")
                .contains("Al maanden ruzie.")
                .doesNotContain("action=\"" + taxatie + "\"");
    }

    @Test
    void theAcuteMarkShowsOnTheSafetyCheckAndTheTermsView() {
        UUID acuut = melding(true);
        UUID gewoon = melding(false);
        Browser b = browser().login("vt-noord");

        assertThat(b.get("/veilig-thuis/zaken/" + acuut + "/veiligheidscheck").body())
                .contains(ACUUT_MARK)
                .contains("action=\"/veilig-thuis/zaken/" + acuut + "/veiligheidscheck\"");
        assertThat(b.get("/veilig-thuis/zaken/" + gewoon + "/veiligheidscheck").body())
                .doesNotContain(ACUUT_MARK);

        UUID laat = melding(true, clock.instant().minus(Duration.ofDays(14)));
        String termijnen =
                browser().login("tl-noord").get("/veilig-thuis/termijnen").body();
        int at = termijnen.indexOf("href=\"/veilig-thuis/zaken/" + laat + "\"");
        assertThat(at).isPositive();
        assertThat(termijnen.substring(at, termijnen.indexOf("</li>", at))).contains(ACUUT_MARK);
    }
}
