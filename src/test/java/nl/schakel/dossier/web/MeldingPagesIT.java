package nl.schakel.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.Browser;
import nl.schakel.TestActors;
import nl.schakel.WebITSupport;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.keten.KetenManagement;
import nl.schakel.shared.Relatie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Over HTTP: the melding page and the VIR form on the dossier page, with Dutch messages for bad input. */
class MeldingPagesIT extends WebITSupport {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    KetenManagement keten;

    private String noord() {
        return keten.veiligThuisRegios().stream()
                .filter(r -> r.naam().equals("Veilig Thuis Demo-Noord"))
                .findFirst()
                .orElseThrow()
                .id()
                .value()
                .toString();
    }

    private int count(String sql, UUID id) {
        return jdbc.queryForObject(sql, Integer.class, id);
    }

    @Test
    void aMeldingIsRefusedInDutchUntilCompleteAndThenShownAsSent() {
        UUID id = dossiers.open(
                TestActors.actor(jdbc, "leerkracht"),
                List.of(new NewBetrokkene("Noor Melding", LocalDate.of(2017, 6, 1), "", Relatie.KIND)));
        Browser leerkracht = browser().login("leerkracht");
        String page = "/dossiers/" + id + "/melding";

        HttpResponse<String> form = leerkracht.get(page);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Noor Melding", "Veilig Thuis Demo-Noord", "Veilig Thuis Demo-Zuid");

        HttpResponse<String> refused = leerkracht.post(
                page,
                page,
                "regio",
                noord(),
                "watBlijfIkDoen",
                "Ik blijf Noor volgen.",
                "clientGeinformeerd",
                "nee",
                "redenNietGeinformeerd",
                " ",
                "contact",
                "0612345678");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Schrijf op waarom u de cliënt niet heeft verteld dat u meldt.")
                .contains("Ik blijf Noor volgen.");
        assertThat(count("SELECT count(*) FROM dossier.journal_entry WHERE dossier_id = ?", id))
                .isZero();

        HttpResponse<String> sent = leerkracht.post(
                page,
                page,
                "regio",
                noord(),
                "watBlijfIkDoen",
                "Ik blijf Noor volgen.",
                "clientGeinformeerd",
                "nee",
                "redenNietGeinformeerd",
                "Vertellen is niet veilig voor Noor.",
                "anoniemNaarGezin",
                "ja",
                "contact",
                "0612345678");
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(Browser.location(sent)).endsWith("/dossiers/" + id);

        HttpResponse<String> dossier = leerkracht.get("/dossiers/" + id);
        assertThat(dossier.body())
                .contains("De melding is verstuurd naar Veilig Thuis.")
                .contains("Verzonden aan Veilig Thuis Demo-Noord op")
                .contains("Vertellen is niet veilig voor Noor.");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM keten.melding WHERE payload->>'watBlijfIkDoen' = 'Ik blijf Noor volgen.'",
                        Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aVirSignalIsMadeFromTheDossierPageAndAnAdultIsNotOffered() {
        UUID id = dossiers.open(
                TestActors.actor(jdbc, "leerkracht"),
                List.of(
                        new NewBetrokkene("Kim Jongere", LocalDate.of(2012, 6, 1), "", Relatie.KIND),
                        new NewBetrokkene("Ouder Volwassen", LocalDate.of(1980, 6, 1), "", Relatie.OVERIG)));
        Browser leerkracht = browser().login("leerkracht");
        String page = "/dossiers/" + id;

        HttpResponse<String> show = leerkracht.get(page);
        assertThat(show.body()).contains("Kim Jongere (1-6-2012)").doesNotContain("Ouder Volwassen (1-6-1980)");

        HttpResponse<String> refused = leerkracht.post(page, page + "/vir", "betrokkene", "");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Kies over wie u een signaal afgeeft.");

        String kim = dossiers.dossier(TestActors.actor(jdbc, "leerkracht"), id)
                .betrokkenen()
                .getFirst()
                .id()
                .toString();
        HttpResponse<String> made = leerkracht.post(page, page + "/vir", "betrokkene", kim);
        assertThat(made.statusCode()).isEqualTo(302);
        assertThat(leerkracht.get(page).body())
                .contains("Het signaal in de Verwijsindex is afgegeven.")
                .contains("Stopt op");
    }
}
