package nl.schakel.veiligthuis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import nl.schakel.Browser;
import nl.schakel.TestActors;
import nl.schakel.WebIT;
import nl.schakel.WebITSupport;
import nl.schakel.shared.Actor;
import nl.schakel.veiligthuis.domain.Besluit;
import nl.schakel.veiligthuis.domain.BesluitVoorgesteld;
import nl.schakel.veiligthuis.domain.Bron;
import nl.schakel.veiligthuis.domain.Intake;
import nl.schakel.veiligthuis.domain.Taxatie;
import nl.schakel.veiligthuis.domain.Verrijking;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The onderzoek in the browser: an onderzoek past its ten weeks is flagged on the teamleider's list and in the queue
 * (rule 35); the report and the end of the onderzoek land the worker on the case with a notice; the teamleider does
 * not get the action pages.
 */
@WebIT
class OnderzoekPagesIT extends WebITSupport {

    @Autowired
    VeiligThuisManagement veiligThuis;

    @Autowired
    Veiligheidsbeoordeling vb;

    @Autowired
    Onderzoek onderzoek;

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Intake.NL);
    }

    private UUID inOnderzoek(String naam) {
        Actor vt = TestActors.actor(jdbc, "vt-noord");
        UUID zaak = veiligThuis.registreer(
                vt,
                VeiligThuisIntakeIT.melding(
                        naam, LocalDate.of(2014, 4, 4), "", clock.instant().minusSeconds(600), clock.instant()));
        vb.verrijking(vt, zaak, Verrijking.of(Bron.MELDING, "Gelezen.", today(), today()));
        vb.taxatie(vt, zaak, Taxatie.of(false, "Geen direct gevaar.", true, "Letsel.", false, "Geen."));
        vb.stelVoor(vt, zaak, BesluitVoorgesteld.of(Besluit.ONDERZOEK, "Formele vaststelling nodig."));
        vb.beoordeel(TestActors.actor(jdbc, "gw-noord"), zaak, true, "");
        return zaak;
    }

    @Test
    void rule35_anOverdueOnderzoekIsFlaggedOnTheTeamleidersListAndInTheQueue() {
        UUID zaak = inOnderzoek("Laat Onderzoek");
        // decided eleven weeks ago: a week past its term
        onderzoek.begin(
                veiligThuis.zaak(TestActors.actor(jdbc, "vt-noord"), zaak).zaak(), today().minusWeeks(11));

        HttpResponse<String> termijnen = browser().login("tl-noord").get("/veilig-thuis/termijnen");
        assertThat(termijnen.statusCode()).isEqualTo(200);
        assertThat(termijnen.body())
                .contains("Open onderzoeken")
                .contains("id=\"onderzoek-" + zaak + "\"")
                .contains("Laat Onderzoek")
                .contains("7 dagen te laat");

        HttpResponse<String> wachtrij = browser().login("vt-noord").get("/veilig-thuis/wachtrij");
        assertThat(wachtrij.body()).contains("id=\"onderzoek-" + zaak + "\"").contains("7 dagen te laat");
    }

    @Test
    void theReportAndTheEndOfTheOnderzoekLandOnTheCase() {
        UUID zaak = inOnderzoek("Pagina Onderzoek");
        String base = "/veilig-thuis/zaken/" + zaak;
        assertThat(browser().login("tl-noord").get(base + "/onderzoek").statusCode())
                .isEqualTo(403);
        assertThat(browser().login("tl-noord").get(base + "/raad").statusCode()).isEqualTo(403);

        Browser vt = browser().login("vt-noord");
        HttpResponse<String> zaakPagina = vt.get(base);
        assertThat(zaakPagina.body())
                .contains("id=\"onderzoek-uiterlijk\"")
                .contains(base + "/onderzoek")
                .contains(base + "/voorwaarden");

        HttpResponse<String> fout = vt.post(base + "/onderzoek", base + "/onderzoek", "conclusie", " ");
        assertThat(fout.statusCode()).isEqualTo(200);
        assertThat(fout.body())
                .contains("Kies een uitkomst voor deze vorm van geweld uit de melding.")
                .contains("Schrijf de conclusie van het onderzoek op");

        HttpResponse<String> rapport = vt.post(
                base + "/onderzoek",
                base + "/onderzoek",
                "uitkomst-ANDERS",
                "WEERLEGD",
                "onderbouwing-ANDERS",
                "Geen aanwijzingen gevonden.",
                "uitkomst-VERWAARLOZING",
                "NIET_ONDERZOCHT",
                "informatieOpgevraagd",
                "Huisarts, over letsel\nSchool, over verzuim",
                "geinformeerd",
                "nee",
                "nietGeinformeerdReden",
                "Dat zou het kind in gevaar brengen.",
                "voortijdig",
                "nee",
                "conclusie",
                "Geen kindermishandeling vastgesteld.");
        assertThat(Browser.location(rapport)).isEqualTo(base);
        assertThat(vt.get(base).body())
                .contains("Het rapport van het onderzoek is vastgelegd.")
                .contains("Geen aanwijzingen gevonden.")
                .contains("Weerlegd");

        HttpResponse<String> einde =
                vt.post(base + "/onderzoek", base + "/onderzoek/afronding", "vervolg", "EINDE", "toelichting", "");
        assertThat(Browser.location(einde)).isEqualTo(base);
        assertThat(vt.get(base).body())
                .contains("Het onderzoek is afgerond.")
                .contains("id=\"onderzoek-afgerond\"")
                .contains("Einde bemoeienis van Veilig Thuis")
                .as("the report stays on the case after the end")
                .contains("Geen aanwijzingen gevonden.");
        assertThat(jdbc.queryForObject("SELECT status FROM veiligthuis.zaak WHERE id = ?", String.class, zaak))
                .isEqualTo("AFGESLOTEN");
    }
}
