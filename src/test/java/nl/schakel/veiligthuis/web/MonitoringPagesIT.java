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
import nl.schakel.veiligthuis.domain.Beller;
import nl.schakel.veiligthuis.domain.BetrokkeneRol;
import nl.schakel.veiligthuis.domain.Geslacht;
import nl.schakel.veiligthuis.domain.Intake;
import nl.schakel.veiligthuis.domain.MelderCategorie;
import nl.schakel.veiligthuis.domain.ZaakSoort;
import nl.schakel.veiligthuis.domain.ZaakStatus;
import nl.schakel.veiligthuis.persistence.ZaakStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Over HTTP: the monitoring pages for the worker, a moment recorded from the form that lands on the case with a
 * notice, and the teamleider who sees the case's monitoring but is refused its action pages (403).
 */
class MonitoringPagesIT extends WebITSupport {

    @Autowired
    VeiligThuisManagement veiligThuis;

    @Autowired
    ZaakStore store;

    private UUID gemonitord() {
        UUID id = veiligThuis.registreer(
                TestActors.actor(jdbc, "vt-noord"),
                Intake.of(
                        ZaakSoort.MELDING,
                        clock.instant().minusSeconds(60),
                        Beller.BEROEPSKRACHT,
                        false,
                        new Intake.MelderInvoer("Juf Monitortest", "School Test", "0201234567", true),
                        MelderCategorie.ONDERWIJS,
                        List.of(new Intake.PersoonInvoer(
                                "Kind " + UUID.randomUUID().toString().substring(0, 8),
                                LocalDate.of(2020, 3, 4),
                                Geslacht.VROUW,
                                "",
                                BetrokkeneRol.SLACHTOFFER)),
                        List.of(),
                        Set.of(VormVanGeweld.ANDERS),
                        false,
                        "Kind vertelt over ruzie thuis.",
                        clock.instant()));
        LocalDate vandaag = LocalDate.ofInstant(clock.instant(), Intake.NL);
        store.updateStatus(id, ZaakStatus.VEILIGHEIDSBEOORDELING, ZaakStatus.MONITORING, vandaag.minusMonths(3));
        return id;
    }

    @Test
    void theWorkerRecordsAMomentFromTheFormAndLandsOnTheCaseWithANotice() {
        UUID id = gemonitord();
        String zaak = "/veilig-thuis/zaken/" + id;
        Browser b = browser().login("vt-noord");
        HttpResponse<String> pagina = b.get(zaak + "/monitoring");
        assertThat(pagina.statusCode()).isEqualTo(200);
        UUID kind = veiligThuis
                .zaak(TestActors.actor(jdbc, "vt-noord"), id)
                .betrokkenen()
                .getFirst()
                .id();

        HttpResponse<String> fout = b.postWithToken(Browser.csrfToken(pagina), zaak + "/monitoring", "datum", "");
        assertThat(fout.statusCode()).isEqualTo(200);
        assertThat(fout.body()).contains("Kies of u met deze persoon sprak.");

        HttpResponse<String> opgeslagen = b.postWithToken(
                Browser.csrfToken(pagina),
                zaak + "/monitoring",
                "datum",
                LocalDate.ofInstant(clock.instant(), Intake.NL).toString(),
                "gepland",
                "",
                "gesproken-" + kind,
                "ja",
                "kindVertelt",
                "Het gaat goed op school.",
                "directeVeiligheid",
                "JA",
                "directeVeiligheidToelichting",
                "Geen geweld meer.",
                "stabieleVeiligheid",
                "DEELS",
                "stabieleVeiligheidToelichting",
                "Nog kort.",
                "herstelgerichteZorg",
                "NEE",
                "herstelgerichteZorgToelichting",
                "Nog geen hulp.");
        assertThat(Browser.location(opgeslagen)).isEqualTo(zaak);
        assertThat(b.get(zaak).body())
                .contains("Het monitoringsmoment is vastgelegd.")
                .contains("id=\"monitoring-sectie\"");
    }

    @Test
    void theTeamleiderSeesTheMonitoringOnTheCaseButIsRefusedItsActionPages() {
        UUID id = gemonitord();
        String zaak = "/veilig-thuis/zaken/" + id;
        Browser b = browser().login("tl-noord");

        assertThat(b.get(zaak).body())
                .contains("id=\"monitoring-sectie\"")
                .doesNotContain("href=\"" + zaak + "/monitoring\"");
        for (String pagina : List.of("/monitoring", "/monitoring/conclusie", "/monitoring/beoordeling")) {
            assertThat(b.get(zaak + pagina).statusCode()).as(pagina).isEqualTo(403);
        }
    }
}
