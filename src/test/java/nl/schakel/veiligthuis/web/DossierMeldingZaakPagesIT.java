package nl.schakel.veiligthuis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.schakel.Browser;
import nl.schakel.TestActors;
import nl.schakel.TestMeldingen;
import nl.schakel.WebITSupport;
import nl.schakel.dossier.DossierManagement;
import nl.schakel.dossier.DossierStappen;
import nl.schakel.dossier.MeldingManagement;
import nl.schakel.dossier.domain.Gesprek;
import nl.schakel.keten.KetenManagement;
import nl.schakel.shared.Actor;
import nl.schakel.veiligthuis.VeiligThuisIntakeIT;
import nl.schakel.veiligthuis.VeiligThuisManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case page over HTTP (issue 9): a melding from a dossier reads in sections with the labels the professional saw,
 * not as a paragraph of internal codes; only the roles that may see the melder read it; a case received before, with
 * the melding as text, still shows its text.
 */
class DossierMeldingZaakPagesIT extends WebITSupport {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    DossierStappen stappen;

    @Autowired
    MeldingManagement meldingen;

    @Autowired
    KetenManagement keten;

    @Autowired
    VeiligThuisManagement veiligThuis;

    @Test
    void theMeldingFromADossierReadsInSectionsWithTheProfessionalsLabels() {
        Actor leerkracht = TestActors.actor(jdbc, "leerkracht");
        TestMeldingen.Verstuurd v = TestMeldingen.vanuitDossier(
                dossiers,
                meldingen,
                keten,
                jdbc,
                "Secties Zaakpagina",
                "",
                "Kwam huilend binnen.",
                "Ik blijf haar opvangen.",
                id -> stappen.addGesprek(
                        leerkracht,
                        id,
                        Gesprek.of(
                                false,
                                null,
                                "",
                                "",
                                "",
                                nl.schakel.dossier.domain.RedenGeenGesprek.VEILIGHEID_CLIENT,
                                "Moeder wordt dan geslagen.",
                                false,
                                dossiers.today())));
        String zaak = "/veilig-thuis/zaken/" + TestMeldingen.zaakVan(jdbc, v.meldingId());

        String page = browser().login("vt-noord").get(zaak).body();
        assertThat(page)
                .contains("De melding zoals die uit het dossier van de melder kwam")
                .contains("Signalen (1)", "Feit: zelf gezien of gehoord", "Kwam huilend binnen.")
                .contains("Zelf verteld (disclosure)")
                .contains("Collegiale consultaties (0)", "De melder stuurde geen collegiale consultaties mee.")
                .contains("Gesprek met de cliënt (1)", "Gesprek met de cliënt niet gevoerd")
                .contains("Het gesprek is niet veilig voor de cliënt", "Moeder wordt dan geslagen.")
                .contains("Afwegingen en beslissingen")
                .contains("Wat blijft de melder zelf doen?", "Ik blijf haar opvangen.")
                .contains("Weet de cliënt dat er gemeld is?")
                .doesNotContain("Beslissing melden_noodzakelijk", "Afweging vermoeden", "(feit)");

        String teamleider = browser().login("tl-noord").get(zaak).body();
        assertThat(teamleider)
                .doesNotContain("Kwam huilend binnen.", "Moeder wordt dan geslagen.", "Ik blijf haar opvangen.")
                .contains("Wat de melder meestuurde, zien alleen de medewerkers die de melder spreken.");
    }

    @Test
    void aCaseReceivedBeforeStillShowsTheMeldingAsText() {
        Actor vt = TestActors.actor(jdbc, "vt-noord");
        java.time.Instant now = java.time.Instant.now();
        UUID id = veiligThuis.registreer(
                vt,
                VeiligThuisIntakeIT.melding(
                        "Oude Zaak Tekst", java.time.LocalDate.of(2016, 1, 2), "", now.minusSeconds(3600), now));
        jdbc.update(
                "INSERT INTO veiligthuis.journal_entry (id, zaak_id, recorded_at, author_id, author_name, author_role,"
                        + " on_behalf_of, kind, payload) SELECT ?, zaak_id, recorded_at, author_id, author_name,"
                        + " author_role, on_behalf_of, kind,"
                        + " jsonb_set(payload, '{uitDossier}', to_jsonb('Signaal 1-2-2026 (feit): oude tekst'::text))"
                        + " FROM veiligthuis.journal_entry WHERE zaak_id = ? AND kind = 'INTAKE'",
                UUID.randomUUID(),
                id);
        Browser browser = browser().login("vt-noord");
        String page = browser.get("/veilig-thuis/zaken/" + id).body();
        assertThat(page).contains("id=\"uit-dossier\"", "Signaal 1-2-2026 (feit): oude tekst");
    }
}
