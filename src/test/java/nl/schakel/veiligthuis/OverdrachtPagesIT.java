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
import nl.schakel.veiligthuis.domain.ZaakStatus;
import nl.schakel.veiligthuis.persistence.ZaakStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The overdracht pages over HTTP: a worker offers the overdracht and records a party's answer and lands on the case
 * with a notice; bad input is a Dutch form error; the teamleider is refused the action page (403, logged) but sees the
 * overdracht on the case page.
 */
@WebIT
class OverdrachtPagesIT extends WebITSupport {

    @Autowired
    VeiligThuisManagement veiligThuis;

    @Autowired
    ZaakStore store;

    private UUID zaakInOverdrachtNaVb() {
        Instant now = Instant.now();
        UUID zaak = veiligThuis.registreer(
                TestActors.actor(jdbc, "vt-noord"),
                VeiligThuisIntakeIT.melding(
                        "Pagina Overdracht", LocalDate.of(2014, 4, 4), "", now.minusSeconds(60), now));
        assertThat(store.updateStatus(
                        zaak, ZaakStatus.VEILIGHEIDSBEOORDELING, ZaakStatus.OVERDRACHT_NA_VEILIGHEIDSBEOORDELING))
                .isTrue();
        return zaak;
    }

    /** Records the answer of the party as given by telephone today, without a reason. */
    private static HttpResponse<String> antwoord(Browser vt, String page, String partij, String aanvaard) {
        return vt.post(
                page,
                page + "/aanvaarding",
                "partij",
                partij,
                "aanvaard",
                aanvaard,
                "door",
                "Wendy Wijk",
                "datum",
                LocalDate.now(nl.schakel.veiligthuis.domain.Intake.NL).toString(),
                "wijze",
                "TELEFOON");
    }

    @Test
    void aWorkerOffersTheOverdrachtRecordsTheAnswerAndTheCaseCloses() {
        UUID zaak = zaakInOverdrachtNaVb();
        String base = "/veilig-thuis/zaken/" + zaak;
        String page = base + "/overdracht";
        Browser vt = browser().login("vt-noord");
        assertThat(vt.get(base).body()).contains(page).contains("Nog aan geen enkele partij aangeboden.");

        HttpResponse<String> leeg = vt.post(page, page, "soort", "", "naam", " ", "overname", "");
        assertThat(leeg.statusCode()).isEqualTo(200);
        assertThat(leeg.body()).contains("Kies de soort partij.").contains("Schrijf op wat de partij overneemt");

        HttpResponse<String> aangeboden = vt.post(
                page,
                page,
                "soort",
                "LOKAAL_TEAM",
                "naam",
                "Wijkteam Noord",
                "organisatie",
                "Gemeente Noord",
                "contact",
                "020 555 01 01",
                "overname",
                "Hulp aan moeder en zicht op veiligheid.");
        assertThat(Browser.location(aangeboden)).isEqualTo(base);
        assertThat(vt.get(base).body())
                .contains("De overdracht is aangeboden.")
                .contains("Wijkteam Noord")
                .contains("Overdracht aangeboden");
        String partij = jdbc.queryForObject(
                "SELECT payload->>'partij' FROM veiligthuis.journal_entry WHERE zaak_id = ?"
                        + " AND kind = 'OVERDRACHT_AANGEBODEN'",
                String.class,
                zaak);

        HttpResponse<String> fout =
                vt.post(page, page + "/aanvaarding", "partij", "geen-id", "aanvaard", "nee", "door", "");
        assertThat(fout.statusCode()).isEqualTo(200);
        assertThat(fout.body()).contains("Kies een partij die nog niet antwoordde.");
        HttpResponse<String> zonderReden = antwoord(vt, page, partij, "nee");
        assertThat(zonderReden.body()).contains("Schrijf op waarom de overdracht niet aanvaard is");

        HttpResponse<String> aanvaard = antwoord(vt, page, partij, "ja");
        assertThat(Browser.location(aanvaard)).isEqualTo(base);
        assertThat(vt.get(base).body())
                .contains("De overdracht is aanvaard. De zaak is afgesloten.")
                .contains("Aanvaard door Wendy Wijk");
        assertThat(jdbc.queryForObject("SELECT status FROM veiligthuis.zaak WHERE id = ?", String.class, zaak))
                .isEqualTo("AFGESLOTEN");
    }

    @Test
    void theTeamleiderIsRefusedTheActionPageAndTheRefusalIsLogged() {
        UUID zaak = zaakInOverdrachtNaVb();
        String base = "/veilig-thuis/zaken/" + zaak;
        Browser tl = browser().login("tl-noord");
        assertThat(tl.get(base + "/overdracht").statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit.access_log WHERE event = 'veiligthuis.actiepagina'"
                                + " AND object_id = ? AND outcome <> 'GESLAAGD'",
                        Integer.class,
                        zaak.toString()))
                .isEqualTo(1);
        HttpResponse<String> zaakPagina = tl.get(base);
        assertThat(zaakPagina.statusCode()).isEqualTo(200);
        assertThat(zaakPagina.body()).contains("id=\"overdracht\"").doesNotContain(base + "/overdracht\"");
        assertThat(tl.postWithToken(
                                Browser.csrfToken(zaakPagina),
                                base + "/overdracht",
                                "soort",
                                "LOKAAL_TEAM",
                                "naam",
                                "Wijkteam",
                                "overname",
                                "Alles")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theDemoRegionHasAnOverdrachtNaVeiligheidsbeoordelingWaitingForTheLocalTeam() {
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM veiligthuis.zaak z JOIN veiligthuis.journal_entry j ON j.zaak_id = z.id"
                                + " AND j.kind = 'OVERDRACHT_AANGEBODEN'"
                                + " WHERE z.status = 'OVERDRACHT_NA_VEILIGHEIDSBEOORDELING'"
                                + " AND j.payload->>'naam' = 'Wijkteam Demo-Noord'"
                                + " AND j.payload->'risicofactoren' ? 'Vader heeft sinds kort geen werk meer.'",
                        Integer.class))
                .isEqualTo(1);
    }
}
