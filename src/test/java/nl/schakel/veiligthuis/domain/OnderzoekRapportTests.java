package nl.schakel.veiligthuis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Role;
import nl.schakel.shared.UserId;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.shared.journal.JournalEntry;
import org.junit.jupiter.api.Test;

/** Rule 56 and the rest of the onderzoek's report, the end of the onderzoek and the verzoek aan de Raad. */
class OnderzoekRapportTests {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 5, 20);
    private static final Set<VormVanGeweld> GEMELD =
            Set.of(VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK, VormVanGeweld.PARTNERGEWELD);

    private static OnderzoekRapport.BevindingInvoer bevinding(
            VormVanGeweld vorm, OnderzoekRapport.Uitkomst uitkomst, String onderbouwing) {
        return new OnderzoekRapport.BevindingInvoer(vorm, uitkomst, onderbouwing);
    }

    private static OnderzoekRapport rapport(List<OnderzoekRapport.BevindingInvoer> bevindingen) {
        return OnderzoekRapport.of(
                GEMELD,
                bevindingen,
                List.of("Huisarts, over de breuken", " ", "School, over verzuim"),
                true,
                VANDAAG.minusDays(3),
                "",
                false,
                "",
                "Lichamelijke mishandeling is vastgesteld.",
                VANDAAG);
    }

    @Test
    void rule56_everyFormOfTheMeldingGetsAnOutcomeWithItsReasoning() {
        OnderzoekRapport r = rapport(List.of(
                bevinding(
                        VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK,
                        OnderzoekRapport.Uitkomst.BEVESTIGD,
                        "Breuken passen niet bij het verhaal."),
                bevinding(
                        VormVanGeweld.PARTNERGEWELD,
                        OnderzoekRapport.Uitkomst.WEERLEGD,
                        "Moeder en vader ontkennen; geen signalen."),
                bevinding(
                        VormVanGeweld.VERWAARLOZING,
                        OnderzoekRapport.Uitkomst.NIET_BEVESTIGD,
                        "Geen aanwijzingen gevonden.")));

        assertThat(r.bevindingen())
                .extracting(OnderzoekRapport.Bevinding::vorm)
                .containsExactly(
                        VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK,
                        VormVanGeweld.VERWAARLOZING,
                        VormVanGeweld.PARTNERGEWELD);
        assertThat(r.bevinding(VormVanGeweld.PARTNERGEWELD).uitkomst()).isEqualTo(OnderzoekRapport.Uitkomst.WEERLEGD);
        assertThat(r.informatieOpgevraagd()).containsExactly("Huisarts, over de breuken", "School, over verzuim");
        assertThat(r.geinformeerdOp()).isEqualTo(VANDAAG.minusDays(3));
        assertThat(r.nietGeinformeerdReden()).isNull();
        assertThat(r.voortijdigReden()).isNull();
    }

    @Test
    void rule56_aFormOfTheMeldingWithoutOutcomeIsRefused() {
        assertThatThrownBy(() -> rapport(List.of(bevinding(
                        VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK,
                        OnderzoekRapport.Uitkomst.BEVESTIGD,
                        "Breuken."))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsOnlyKeys("uitkomst-PARTNERGEWELD")
                                .containsEntry("uitkomst-PARTNERGEWELD", "onderzoek.fout.uitkomst"));
    }

    @Test
    void rule56_anOutcomeWithoutReasoningAndReasoningWithoutOutcomeAreRefused() {
        List<OnderzoekRapport.BevindingInvoer> invoer = new ArrayList<>(List.of(
                bevinding(VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK, OnderzoekRapport.Uitkomst.BEVESTIGD, " "),
                bevinding(VormVanGeweld.PARTNERGEWELD, OnderzoekRapport.Uitkomst.NIET_BEVESTIGD, "Geen signalen.")));
        invoer.add(new OnderzoekRapport.BevindingInvoer(VormVanGeweld.VERWAARLOZING, null, "Iets opgeschreven."));
        assertThatThrownBy(() -> rapport(invoer))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry(
                                        "onderbouwing-KINDERMISHANDELING_LICHAMELIJK", "onderzoek.fout.onderbouwing")
                                .containsEntry("uitkomst-VERWAARLOZING", "onderzoek.fout.uitkomstbijonderbouwing"));
    }

    @Test
    void rule56_aMeldingWithoutFormsStillNeedsOneFinding() {
        assertThatThrownBy(() -> OnderzoekRapport.of(
                        Set.of(), List.of(), List.of("Huisarts"), true, VANDAAG, "", false, "", "Conclusie.", VANDAAG))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("bevindingen", "onderzoek.fout.geenbevinding"));
    }

    @Test
    void theDirectbetrokkenenAreToldWithADateOrNotWithAReasonAndAnEarlyEndHasItsReason() {
        List<OnderzoekRapport.BevindingInvoer> invoer = List.of(
                bevinding(
                        VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK, OnderzoekRapport.Uitkomst.BEVESTIGD, "Breuken."),
                bevinding(VormVanGeweld.PARTNERGEWELD, OnderzoekRapport.Uitkomst.WEERLEGD, "Geen signalen."));
        assertThatThrownBy(
                        () -> OnderzoekRapport.of(GEMELD, invoer, List.of(""), null, null, "", null, "", " ", VANDAAG))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsOnlyKeys("informatieOpgevraagd", "geinformeerd", "voortijdig", "conclusie"));
        assertThatThrownBy(() -> OnderzoekRapport.of(
                        GEMELD, invoer, List.of("Huisarts"), true, VANDAAG.plusDays(1), "", true, " ", "C.", VANDAAG))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("geinformeerdOp", "voortijdigReden"));
        assertThatThrownBy(() -> OnderzoekRapport.of(
                        GEMELD, invoer, List.of("Huisarts"), false, null, " ", false, "", "C.", VANDAAG))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("nietGeinformeerdReden"));

        OnderzoekRapport r = OnderzoekRapport.of(
                GEMELD,
                invoer,
                List.of("Huisarts"),
                false,
                VANDAAG,
                "Vader zou de huisarts onder druk zetten.",
                true,
                "Het gezin is verhuisd naar het buitenland.",
                "C.",
                VANDAAG);
        assertThat(r.betrokkenenGeinformeerd()).isFalse();
        assertThat(r.geinformeerdOp()).as("no date when not told").isNull();
        assertThat(r.nietGeinformeerdReden()).isEqualTo("Vader zou de huisarts onder druk zetten.");
        assertThat(r.voortijdigReden()).isEqualTo("Het gezin is verhuisd naar het buitenland.");
    }

    @Test
    void theStandKnowsTheReportOfTheOpenOnderzoekAndTheVerzoekWithoutAnswer() {
        OnderzoekRapport r = rapport(List.of(
                bevinding(
                        VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK, OnderzoekRapport.Uitkomst.BEVESTIGD, "Breuken."),
                bevinding(VormVanGeweld.PARTNERGEWELD, OnderzoekRapport.Uitkomst.WEERLEGD, "Geen signalen.")));
        List<JournalEntry<EntryPayload>> journal = new ArrayList<>();
        assertThat(Dienststand.van(journal).onderzoekGerapporteerd()).isFalse();

        journal.add(entry(VerzoekRaad.of("Maatregel nodig.", VANDAAG, VANDAAG)));
        assertThat(OnderzoekStand.van(journal).verzoekZonderAntwoord()).isPresent();
        journal.add(entry(AntwoordRaad.of(VANDAAG, false, "Geen grond.", VANDAAG, VANDAAG)));
        assertThat(OnderzoekStand.van(journal).verzoekZonderAntwoord()).isEmpty();
        assertThat(OnderzoekStand.van(journal).antwoord().onderzoekt()).isFalse();

        journal.add(entry(r));
        assertThat(Dienststand.van(journal).onderzoekGerapporteerd()).isTrue();
        assertThat(Dienststand.van(journal).voorwaarden()).isZero();
        journal.add(entry(OnderzoekAfgerond.of(false, "")));
        assertThat(Dienststand.van(journal).onderzoekGerapporteerd())
                .as("a report counts for the onderzoek it belongs to, not for a later one")
                .isFalse();
        assertThat(OnderzoekStand.van(journal).afgerond().vervolg()).isFalse();
    }

    @Test
    void theEndOfTheOnderzoekAndTheRaadsAnswerAreChecked() {
        assertThatThrownBy(() -> OnderzoekAfgerond.of(null, ""))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("vervolg"));
        assertThat(OnderzoekAfgerond.of(true, " ").omschrijving()).contains("vervolg");
        assertThat(OnderzoekAfgerond.of(false, "").omschrijving()).contains("einde bemoeienis");
        assertThatThrownBy(() -> VerzoekRaad.of(" ", VANDAAG.plusDays(1), VANDAAG))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("reden", "datum"));
        assertThatThrownBy(() -> AntwoordRaad.of(VANDAAG.minusDays(2), null, "", VANDAAG.minusDays(1), VANDAAG))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsOnlyKeys("antwoordDatum", "onderzoekt", "toelichting"));
    }

    private static JournalEntry<EntryPayload> entry(EntryPayload payload) {
        return JournalEntry.of(
                UUID.randomUUID(),
                Instant.parse("2026-05-20T10:00:00Z"),
                new UserId(UUID.randomUUID()),
                "Vera",
                Role.VT_MEDEWERKER,
                null,
                payload);
    }
}
