package nl.schakel.veiligthuis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.PdfTekst;
import nl.schakel.TestActors;
import nl.schakel.WebITSupport;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.shared.journal.JournalEntry;
import nl.schakel.veiligthuis.domain.Beller;
import nl.schakel.veiligthuis.domain.BetrokkeneRol;
import nl.schakel.veiligthuis.domain.EntryPayload;
import nl.schakel.veiligthuis.domain.Geslacht;
import nl.schakel.veiligthuis.domain.Intake;
import nl.schakel.veiligthuis.domain.MelderCategorie;
import nl.schakel.veiligthuis.domain.VoorwaardeWijziging;
import nl.schakel.veiligthuis.domain.VoorwaardeWijzigingBeoordeeld;
import nl.schakel.veiligthuis.domain.ZaakSoort;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case file as a PDF for Veilig Thuis staff: the case's row, the directbetrokkenen, the services with the approved
 * besluit, every version of each veiligheidsvoorwaarde with every decision about it, and every journal entry; each
 * export logged; the melder's name and contact only for a role that may see the melder and never when the melder is
 * shielded (rule 43); another region's case is not found, and the attempt is logged.
 */
class ZaakExportIT extends WebITSupport {

    private static final String V1 = TestVoorwaarden.V1;
    private static final String V2 = TestVoorwaarden.V2;

    @Autowired
    VeiligThuisManagement veiligThuis;

    @Autowired
    Veiligheidsbeoordeling vb;

    @Autowired
    ZaakAccess access;

    private Actor actor(String username) {
        return TestActors.actor(jdbc, username);
    }

    private static Intake melding(String kind, String melder, String contact, boolean afgeschermd) {
        Instant nu = Instant.now();
        return Intake.of(
                ZaakSoort.MELDING,
                nu.minusSeconds(3600),
                Beller.BEROEPSKRACHT,
                false,
                new Intake.MelderInvoer(melder, "Basisschool Export", contact, afgeschermd),
                MelderCategorie.ONDERWIJS,
                List.of(new Intake.PersoonInvoer(
                        kind, LocalDate.of(2018, 6, 1), Geslacht.VROUW, "", BetrokkeneRol.SLACHTOFFER)),
                List.of(),
                Set.of(VormVanGeweld.ANDERS),
                false,
                "Het kind vertelt over drank en ruzie thuis.",
                nu);
    }

    /** A melding with its besluit "voorwaarden en vervolg" approved and a voorwaarde changed, refused and proposed. */
    private UUID zaakMetVoorwaarden(String kind, String melder, String contact, boolean afgeschermd) {
        Actor vt = actor("vt-noord");
        Actor gw = actor("gw-noord");
        TestVoorwaarden voorwaarden = new TestVoorwaarden(veiligThuis, vb, access);
        TestVoorwaarden.Zaak zaak = voorwaarden.zaak(vt, gw, melding(kind, melder, contact, afgeschermd));
        JournalEntry<EntryPayload> milder = voorwaarden.schrijf(
                vt,
                zaak.id(),
                VoorwaardeWijziging.of(
                        zaak.voorwaarde(), "Vader drinkt weinig.", "Vader", "Wijkteam", "Vader vroeg het."));
        voorwaarden.schrijf(
                gw, zaak.id(), VoorwaardeWijzigingBeoordeeld.of(milder.id(), false, "Niet onderhandelbaar."));
        voorwaarden.schrijf(
                vt,
                zaak.id(),
                VoorwaardeWijziging.of(
                        zaak.voorwaarde(), "Vader drinkt nooit.", "Vader", "Wijkteam", "Terugval gezien."));
        return zaak.id();
    }

    private static String tekst(HttpResponse<byte[]> response) {
        return PdfTekst.van(response.body());
    }

    private int exports(UUID zaak, String outcome) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit.access_log WHERE object_type = 'vt-zaak' AND object_id = ?"
                        + " AND event = 'veiligthuis.export' AND action = 'R' AND outcome = ?",
                Integer.class,
                zaak.toString(),
                outcome);
    }

    @Test
    void thePdfHoldsTheCaseItsServicesEveryVersionOfAVoorwaardeAndEveryEntryAndIsLogged() throws java.io.IOException {
        UUID zaak = zaakMetVoorwaarden("Roos Exportproef", "Juf Zichtbaar", "0209998877", false);

        nl.schakel.Browser vera = browser().login("vt-noord");
        assertThat(vera.get("/veilig-thuis/zaken/" + zaak).body())
                .contains("href=\"/veilig-thuis/zaken/" + zaak + "/pdf\"");
        HttpResponse<byte[]> response = vera.getBytes("/veilig-thuis/zaken/" + zaak + "/pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/pdf"));
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(
                        v -> assertThat(v).contains("zaak-" + zaak + ".pdf").doesNotContain("Roos"));
        // for a look at the layout
        java.nio.file.Files.write(java.nio.file.Path.of("target", "zaakdossier.pdf"), response.body());
        String text = tekst(response);
        assertThat(text)
                .contains("Zaakdossier Veilig Thuis", zaak.toString())
                .contains("Roos Exportproef", "Het kind vertelt over drank en ruzie thuis.")
                .contains("Voorwaarden en vervolg", "Voorwaarden nodig om de drank.", "Eens met de voorwaarden.")
                .contains("In veiligheidsbeoordeling")
                .contains("Juf Zichtbaar", "0209998877")
                .contains(V1, V2, "Na het huisbezoek.", "(geldt nu)")
                .contains("Vader drinkt weinig.", "Afgewezen door", "Niet onderhandelbaar.")
                .contains("Vader drinkt nooit.", "Terugval gezien.", "wacht op de beoordeling")
                .contains("Veiligheidstaxatie", "Vader drinkt al jaren.", "Besluit voorgesteld", "Vera Veilig");
        assertThat(text.indexOf(V1)).isLessThan(text.indexOf(V2));
        assertThat(exports(zaak, "GESLAAGD")).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT segment FROM audit.access_log WHERE object_id = ? AND event = 'veiligthuis.export'",
                        String.class,
                        zaak.toString()))
                .isEqualTo("zaakdossier met melder");
    }

    @Test
    void rule43_aShieldedMelderIsNotInThePdfNorIsAnyMelderForTheTeamleider() {
        UUID afgeschermd = zaakMetVoorwaarden("Iris Exportproef", "Meester Verborgen", "0207776655", true);
        UUID zichtbaar = zaakMetVoorwaarden("Sem Exportproef", "Juf Openbaar", "0203334444", false);

        String voorMedewerker =
                tekst(browser().login("vt-noord").getBytes("/veilig-thuis/zaken/" + afgeschermd + "/pdf"));
        assertThat(voorMedewerker)
                .contains("Iris Exportproef", "afgeschermd")
                .doesNotContain("Meester Verborgen")
                .doesNotContain("0207776655")
                .doesNotContain("Basisschool Export");

        String voorTeamleider =
                tekst(browser().login("tl-noord").getBytes("/veilig-thuis/zaken/" + zichtbaar + "/pdf"));
        assertThat(voorTeamleider)
                .contains("Sem Exportproef", V2, "uw rol mag ze niet zien")
                .doesNotContain("Juf Openbaar")
                .doesNotContain("0203334444");
        assertThat(exports(afgeschermd, "GESLAAGD")).isEqualTo(1);
        assertThat(exports(zichtbaar, "GESLAAGD")).isEqualTo(1);
    }

    @Test
    void anotherRegionsCaseIsNotFoundAndTheAttemptIsLogged() {
        Actor zuid = new Actor(
                new UserId(UUID.randomUUID()),
                "vt-zuid-export",
                "VT Zuid Export",
                Role.VT_MEDEWERKER,
                new TenantId(TestActors.tenantId(jdbc, "Veilig Thuis Demo-Zuid")),
                null,
                null,
                Instant.now());
        UUID zaak = veiligThuis.registreer(zuid, melding("Zuid Exportproef", "Juf Zuid", "0201110000", false));

        HttpResponse<byte[]> response = browser().login("vt-noord").getBytes("/veilig-thuis/zaken/" + zaak + "/pdf");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("Zuid Exportproef");
        assertThat(exports(zaak, "GEWEIGERD")).isEqualTo(1);
        assertThat(exports(zaak, "GESLAAGD")).isZero();
    }
}
