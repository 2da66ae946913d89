package nl.schakel.veiligthuis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.schakel.Browser;
import nl.schakel.TestActors;
import nl.schakel.WebIT;
import nl.schakel.WebITSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The queue, the acute mark and the teamleider's page in the browser, over the demo region's seeded cases: acute and
 * re-triage marks show, a melding marked acute says so on its page and in its journal, and only the teamleider sees
 * the terms page.
 */
@WebIT
class WachtrijPagesIT extends WebITSupport {

    @Autowired
    VeiligThuisManagement veiligThuis;

    @Test
    void theQueueShowsTheDemoRegionsAcuteAndReTriageMarks() {
        Browser vt = browser().login("vt-noord");
        HttpResponse<String> page = vt.get("/veilig-thuis/wachtrij");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("badge badge--acuut")
                .contains("Opnieuw triëren: al ")
                .contains("Mila Demo")
                .contains("Te laat: ")
                .doesNotContain("Noor Demo");
        // the earlier melding about Noor is closed through the veiligheidsbeoordeling, approved by the
        // gedragswetenschapper
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM veiligthuis.zaak z JOIN veiligthuis.betrokkene b ON b.zaak_id = z.id"
                                + " JOIN veiligthuis.journal_entry j ON j.zaak_id = z.id AND j.kind = 'BESLUIT_BEOORDEELD'"
                                + " WHERE b.bsn = '111222333' AND z.status = 'AFGESLOTEN' AND z.besluit = 'EINDE_BEMOEIENIS'",
                        Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aMeldingMarkedAcuteSaysSoOnItsPage() {
        Instant now = Instant.now();
        UUID zaak = veiligThuis.registreer(
                TestActors.actor(jdbc, "vt-noord"),
                VeiligThuisIntakeIT.melding("Pagina Acuut", LocalDate.of(2016, 6, 6), "", now.minusSeconds(60), now));
        String base = "/veilig-thuis/zaken/" + zaak;
        Browser vt = browser().login("vt-noord");
        assertThat(vt.get(base).body()).contains(base + "/acuut").doesNotContain("id=\"acuut\"");

        HttpResponse<String> leeg = vt.post(base + "/acuut", base + "/acuut", "reden", " ");
        assertThat(leeg.statusCode()).isEqualTo(200);
        assertThat(leeg.body()).contains("Schrijf op waarom de melding acuut is");

        HttpResponse<String> opgeslagen =
                vt.post(base + "/acuut", base + "/acuut", "reden", "Vader dreigt het kind mee te nemen.");
        assertThat(Browser.location(opgeslagen)).isEqualTo(base);
        assertThat(vt.get(base).body())
                .contains("id=\"acuut\"")
                .contains("Melding acuut gemaakt")
                .contains("Vader dreigt het kind mee te nemen.")
                .doesNotContain(base + "/acuut\"");
    }

    @Test
    void onlyTheTeamleiderSeesTheTermsPage() {
        assertThat(browser().login("vt-noord").get("/veilig-thuis/termijnen").statusCode())
                .isEqualTo(403);
        assertThat(browser().login("leerkracht").get("/veilig-thuis/wachtrij").statusCode())
                .isEqualTo(403);

        HttpResponse<String> page = browser().login("tl-noord").get("/veilig-thuis/termijnen");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Termijnen van de veiligheidsbeoordeling")
                .contains("Nog open en te laat");
        // the demo melding received eight working days ago is past its deadline
        assertThat(page.body()).contains("werkdagen te laat");
    }

    @Test
    void aProfessionalOfAnOrganisationReachesNoVeiligThuisPage() {
        Browser leerkracht = browser().login("leerkracht");
        for (String page : java.util.List.of(
                "/veilig-thuis/wachtrij", "/veilig-thuis/zaken", "/veilig-thuis/nieuw", "/veilig-thuis/termijnen")) {
            assertThat(leerkracht.get(page).statusCode()).as(page).isEqualTo(403);
        }
    }

    @Test
    void theTeamleiderSeesTheWeeksWrittenAsPeopleWriteThem() {
        HttpResponse<String> page = browser().login("tl-noord").get("/veilig-thuis/termijnen");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .containsPattern("Week \\d{1,2} van \\d{4} \\(vanaf ")
                .doesNotContainPattern("van \\d\\.\\d{3}");
    }

    @Test
    void aMalformedCaseIdIsAPlainErrorPage() {
        Browser vt = browser().login("vt-noord");
        for (String page : java.util.List.of(
                "/veilig-thuis/zaken/geen-id",
                "/veilig-thuis/zaken/geen-id/verrijking",
                "/veilig-thuis/zaken/12345/melder")) {
            HttpResponse<String> answer = vt.get(page);
            assertThat(answer.statusCode()).as(page).isIn(400, 404, 405);
            assertThat(answer.body()).as(page).doesNotContain("Exception").doesNotContain("at nl.schakel");
        }
    }
}
