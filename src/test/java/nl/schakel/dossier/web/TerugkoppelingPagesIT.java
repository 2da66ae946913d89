package nl.schakel.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.Browser;
import nl.schakel.TestActors;
import nl.schakel.WebITSupport;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.dossier.MeldingManagement;
import nl.schakel.dossier.NewMelding;
import nl.schakel.dossier.domain.Melding;
import nl.schakel.keten.KetenManagement;
import nl.schakel.keten.MeldingStatus;
import nl.schakel.keten.Terugkoppeling;
import nl.schakel.keten.VeiligThuisRegio;
import nl.schakel.keten.VtStatus;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Relatie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Over HTTP: the owner's home page reminds them of a terugkoppeling; the dossier page shows it in the timeline and
 * the Veilig Thuis status next to the melding, and opening it ends the reminder.
 */
class TerugkoppelingPagesIT extends WebITSupport {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    MeldingManagement meldingen;

    @Autowired
    KetenManagement keten;

    @Test
    void theOwnerSeesTheTerugkoppelingAndTheStatus() {
        Actor leerkracht = TestActors.actor(jdbc, "leerkracht");
        VeiligThuisRegio noord = keten.veiligThuisRegios().stream()
                .filter(r -> r.naam().equals("Veilig Thuis Demo-Noord"))
                .findFirst()
                .orElseThrow();
        UUID id = dossiers.open(
                leerkracht, List.of(new NewBetrokkene("Mila Terugpagina", LocalDate.of(2016, 2, 1), "", Relatie.KIND)));
        UUID entryId = meldingen.send(
                leerkracht,
                id,
                new NewMelding(
                        "Ik blijf Mila volgen.", true, "", false, noord.id().value(), "0612345678"));
        UUID meldingId = ((Melding) dossiers.dossier(leerkracht, id)
                        .entry(entryId)
                        .orElseThrow()
                        .payload())
                .meldingId();
        // Demo-Noord takes the melding in after the commit and reports "ontvangen" with its deadline
        await().atMost(Duration.ofSeconds(20))
                .until(() -> keten.status(meldingId).isPresent());
        MeldingStatus ontvangen = keten.status(meldingId).orElseThrow();
        assertThat(ontvangen.status()).isEqualTo(VtStatus.ONTVANGEN);
        String uiterlijk = java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy")
                .format(ontvangen.veiligheidsbeoordelingUiterlijk());
        keten.terugkoppelen(
                TestActors.actor(jdbc, "vt-noord"),
                Terugkoppeling.of(
                        meldingId,
                        noord,
                        Terugkoppeling.Moment.NA_VEILIGHEIDSBEOORDELING,
                        false,
                        "Geen vervolg door Veilig Thuis",
                        List.of(),
                        false,
                        null,
                        "Ouders hebben zelf hulp gezocht.",
                        "Vera Veilig",
                        clock.instant()));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM dossier.journal_entry WHERE dossier_id = ?"
                                        + " AND kind = 'TERUGKOPPELING'",
                                Integer.class,
                                id)
                        == 1);
        Browser browser = browser().login("leerkracht");
        String link = "href=\"/dossiers/" + id + "\"";

        HttpResponse<String> home = browser.get("/");
        assertThat(home.body()).contains(link).contains("Veilig Thuis heeft teruggekoppeld over uw melding");

        HttpResponse<String> page = browser.get("/dossiers/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Terugkoppeling van Veilig Thuis Demo-Noord na de veiligheidsbeoordeling")
                .contains("Geen vervolg door Veilig Thuis")
                .contains("Nee, Veilig Thuis doet verder niets")
                .contains("Ouders hebben zelf hulp gezocht.")
                .contains("Ontvangen door Veilig Thuis; veiligheidsbeoordeling uiterlijk " + uiterlijk)
                .doesNotContain("Voorwaarden en afspraken waarin u een rol heeft");

        assertThat(browser.get("/").body()).as("opened: the reminder is gone").doesNotContain(link);
    }
}
