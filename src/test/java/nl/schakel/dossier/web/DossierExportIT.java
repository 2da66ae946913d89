package nl.schakel.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.PdfTekst;
import nl.schakel.TestActors;
import nl.schakel.WebITSupport;
import nl.schakel.dossier.AfwegingManagement;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.dossier.DossierSharing;
import nl.schakel.dossier.DossierStappen;
import nl.schakel.dossier.MeldingManagement;
import nl.schakel.dossier.NewAfweging;
import nl.schakel.dossier.NewBeslissing;
import nl.schakel.dossier.NewConsultatie;
import nl.schakel.dossier.NewMelding;
import nl.schakel.dossier.NewSignaal;
import nl.schakel.dossier.domain.Gesprek;
import nl.schakel.dossier.domain.Kindcheck;
import nl.schakel.dossier.domain.Mantelzorgcheck;
import nl.schakel.keten.KetenManagement;
import nl.schakel.shared.Actor;
import nl.schakel.shared.ConsultatieMet;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole dossier as a PDF: everything entered, of every kind (betrokkenen, signalen and a correction, consultatie,
 * sharing, kindcheck, mantelzorgcheck, gesprek, afwegingen, beslissing, melding), is in it; each export is logged, and
 * others get 404.
 */
class DossierExportIT extends WebITSupport {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    DossierSharing sharing;

    @Autowired
    DossierStappen stappen;

    @Autowired
    AfwegingManagement afwegingen;

    @Autowired
    MeldingManagement meldingen;

    @Autowired
    KetenManagement keten;

    private UUID dossierWithEveryKind() {
        Actor leerkracht = TestActors.actor(jdbc, "leerkracht");
        UUID id = dossiers.open(
                leerkracht,
                List.of(new NewBetrokkene("Fenna Exportproef", LocalDate.of(2016, 4, 5), "111222333", Relatie.KIND)));
        UUID signaal = dossiers.addSignaal(
                leerkracht,
                id,
                new NewSignaal(dossiers.today(), "Huilde bij het ophalen.", SignaalSoort.FEIT, "", Set.of(), false));
        dossiers.correct(
                leerkracht,
                id,
                signaal,
                new NewSignaal(dossiers.today(), "Huilde hard bij het ophalen.", SignaalSoort.FEIT, "", Set.of(), true),
                "Woord vergeten.");
        dossiers.addConsultatie(
                leerkracht,
                id,
                new NewConsultatie(
                        dossiers.today(), ConsultatieMet.AANDACHTSFUNCTIONARIS, "Anouk", "Eerst met moeder praten."));
        sharing.share(leerkracht, id, new UserId(TestActors.userId(jdbc, "af-school")));
        LocalDate today = dossiers.today();
        dossiers.addBetrokkene(
                leerkracht, id, new NewBetrokkene("Joris Exportproef", LocalDate.of(2012, 1, 9), "", Relatie.KIND));
        stappen.addKindcheck(
                leerkracht,
                id,
                Kindcheck.of(
                        Set.of(Kindcheck.Aanleiding.PARTNERGEWELD),
                        "",
                        Kindcheck.Minderjarigen.JA,
                        2,
                        "8, 13",
                        Kindcheck.Zorg.GEDEELD,
                        Kindcheck.Zwangerschap.NEE,
                        ""));
        // The mantelzorgcheck fits an adult client only (Mantelzorgcheck.pastBij).
        dossiers.addBetrokkene(
                leerkracht, id, new NewBetrokkene("Els Exportproef", LocalDate.of(1948, 3, 3), "", Relatie.CLIENT));
        stappen.addMantelzorgcheck(
                leerkracht,
                id,
                Mantelzorgcheck.of(
                        Mantelzorgcheck.Zorgrelatie.GEEFT_ZORG,
                        "Oma in huis",
                        "Moeder is moe van de zorg.",
                        Mantelzorgcheck.Uitkomst.ZORGEN));
        stappen.addGesprek(
                leerkracht,
                id,
                Gesprek.of(
                        true,
                        today,
                        "Moeder",
                        "De blauwe plekken besproken.",
                        "Moeder schrok en wil hulp.",
                        null,
                        "",
                        null,
                        today));
        afwegingen.beantwoord(leerkracht, id, new NewAfweging(1, true, "Vaker letsel gezien.", Set.of(), "", null));
        afwegingen.beslis(leerkracht, id, new NewBeslissing(1, true, "Melden want acuut onveilig.", Set.of()));
        UUID noord = keten.veiligThuisRegios().stream()
                .filter(r -> r.naam().equals("Veilig Thuis Demo-Noord"))
                .findFirst()
                .orElseThrow()
                .id()
                .value();
        meldingen.send(
                leerkracht,
                id,
                new NewMelding("Ik blijf Fenna op school volgen.", true, "", false, noord, "0612345678"));
        return id;
    }

    private int exportRows(UUID id, String outcome) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE object_type = 'dossier' AND object_id = ?"
                        + " AND event = 'dossier.export' AND action = 'R' AND outcome = ?",
                Integer.class,
                id.toString(),
                outcome);
    }

    @Test
    void thePdfHoldsEverythingEnteredAndTheExportIsLogged() {
        UUID id = dossierWithEveryKind();

        HttpResponse<byte[]> response = browser().login("leerkracht").getBytes("/dossiers/" + id + "/export.pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/pdf"));
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(
                        v -> assertThat(v).contains("dossier-" + id + ".pdf").doesNotContain("Fenna"));
        String text = PdfTekst.van(response.body());
        assertThat(text)
                .contains("Fenna Exportproef", "111222333")
                .contains("Huilde bij het ophalen.", "Huilde hard bij het ophalen.", "Woord vergeten.")
                .contains("Eerst met moeder praten.", "Anouk")
                .contains("Gedeeld met Anouk Aandacht")
                .contains("Lotte Leerkracht")
                .contains("Joris Exportproef")
                .contains("8 13")
                .contains("Oma in huis", "Moeder is moe van de zorg.")
                .contains("De blauwe plekken besproken.", "Moeder schrok en wil hulp.")
                .contains("Vaker letsel gezien.")
                .contains("Melden want acuut onveilig.")
                .contains("Ik blijf Fenna op school volgen.", "Veilig Thuis Demo-Noord");
        assertThat(exportRows(id, "GESLAAGD")).isEqualTo(1);
    }

    @Test
    void anotherTenantGetsNotFoundAndTheAttemptIsLogged() {
        UUID id = dossierWithEveryKind();

        HttpResponse<byte[]> response = browser().login("huisarts").getBytes("/dossiers/" + id + "/export.pdf");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("Fenna");
        assertThat(exportRows(id, "GEWEIGERD")).isEqualTo(1);
        assertThat(exportRows(id, "GESLAAGD")).isZero();
    }
}
