package nl.schakel.veiligthuis.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.schakel.shared.Bsn;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Role;
import nl.schakel.shared.UserId;
import nl.schakel.shared.journal.JournalEntry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The rules of the veiligheidsbeoordeling: verrijking, taxatie, risk factors (rule 45), besluit (rule 36), four eyes. */
class VeiligheidsbeoordelingTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final UserId MEDEWERKER = new UserId(UUID.randomUUID());
    private static final UserId GW = new UserId(UUID.randomUUID());

    private final List<JournalEntry<EntryPayload>> journal = new ArrayList<>();

    private JournalEntry<EntryPayload> add(UserId author, EntryPayload payload) {
        JournalEntry<EntryPayload> e = JournalEntry.of(
                UUID.randomUUID(),
                Instant.parse("2026-03-10T09:00:00Z").plusSeconds(journal.size()),
                author,
                "Test",
                Role.VT_MEDEWERKER,
                null,
                payload);
        journal.add(e);
        return e;
    }

    private static Taxatie taxatie(boolean acuut, boolean structureel, boolean multi) {
        return Taxatie.of(acuut, "reden acuut", structureel, "reden structureel", multi, "reden multi");
    }

    private static InvalidInputException refused(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    // --- verrijking

    @Test
    void verrijking_needsASourceAnOutcomeAndADate() {
        InvalidInputException e = refused(() -> Verrijking.of(null, "  ", null, TODAY));
        assertThat(e.fieldErrors())
                .containsEntry("bron", "vb.fout.bron")
                .containsEntry("uitkomst", "vb.fout.uitkomst")
                .containsEntry("datum", "vb.fout.datum");
    }

    @Test
    void verrijking_theDateIsNotInTheFuture() {
        assertThat(refused(() -> Verrijking.of(Bron.POLITIE_OM, "Geen eerdere registratie.", TODAY.plusDays(1), TODAY))
                        .fieldErrors())
                .containsOnlyKeys("datum")
                .containsEntry("datum", "vb.fout.datumtoekomst");
        assertThat(Verrijking.of(Bron.POLITIE_OM, " Geen eerdere registratie. ", TODAY, TODAY))
                .isEqualTo(new Verrijking(Bron.POLITIE_OM, "Geen eerdere registratie.", TODAY));
    }

    @Test
    void verrijking_theVtRegisterIsNotTypedByHand_schakelFillsIt() {
        assertThat(refused(() -> Verrijking.of(Bron.VT_REGISTER, "Geen eerdere registratie.", TODAY, TODAY))
                        .fieldErrors())
                .containsOnlyKeys("bron")
                .containsEntry("bron", "vb.fout.bronautomatisch");
    }

    @Test
    void verrijking_theLatestEntryPerSourceIsShownInTheChecklist() {
        add(MEDEWERKER, Verrijking.of(Bron.GEZAGSREGISTER, "Ouders hebben samen gezag.", TODAY, TODAY));
        JournalEntry<EntryPayload> latest =
                add(GW, Verrijking.of(Bron.GEZAGSREGISTER, "Moeder heeft alleen gezag.", TODAY, TODAY));
        VbStand stand = VbStand.van(journal);
        assertThat(stand.verrijking(Bron.GEZAGSREGISTER)).contains(latest);
        assertThat(stand.verrijking(Bron.POLITIE_OM)).isEmpty();
    }

    @Test
    void verrijking_eigenRegistratieMatchesByBsnOrByNameAndDateOfBirthWhenABsnIsMissing() {
        LocalDate geboren = LocalDate.of(2016, 4, 5);
        Directbetrokkene metBsn = persoon("Sam Voorbeeld", geboren, "111222333");
        assertThat(Overeenkomst.tussen(metBsn, persoon("S. Anders", geboren, "111222333")))
                .contains(Overeenkomst.BSN);
        assertThat(Overeenkomst.tussen(metBsn, persoon("  sam  VOORBEELD", geboren, null)))
                .contains(Overeenkomst.NAAM_GEBOORTEDATUM);
        assertThat(Overeenkomst.tussen(metBsn, persoon("Sam Voorbeeld", geboren, "123456782")))
                .as("two different BSNs are two people")
                .isEmpty();
        assertThat(Overeenkomst.tussen(metBsn, persoon("Sam Voorbeeld", geboren.plusDays(1), null)))
                .isEmpty();
    }

    private static Directbetrokkene persoon(String naam, LocalDate geboren, @Nullable String bsn) {
        return new Directbetrokkene(
                UUID.randomUUID(),
                naam,
                geboren,
                Geslacht.ONBEKEND,
                bsn == null ? null : new Bsn(bsn),
                BetrokkeneRol.SLACHTOFFER);
    }

    // --- taxatie

    @Test
    void taxatie_eachQuestionNeedsAnAnswerAndAReasoning() {
        InvalidInputException e = refused(() -> Taxatie.of(null, " ", null, "", null, "\n"));
        assertThat(e.fieldErrors())
                .containsEntry("acuutOnveilig", "vb.fout.antwoord")
                .containsEntry("redenAcuut", "vb.fout.reden")
                .containsEntry("structureelOnveilig", "vb.fout.antwoord")
                .containsEntry("redenStructureel", "vb.fout.reden")
                .containsEntry("multiproblematiek", "vb.fout.antwoord")
                .containsEntry("redenMultiproblematiek", "vb.fout.reden");
        assertThat(refused(() -> Taxatie.of(false, "Geen direct gevaar.", true, "", false, "Eén probleem."))
                        .fieldErrors())
                .containsOnlyKeys("redenStructureel");
        assertThat(Taxatie.of(false, "a", true, "b", false, "c"))
                .isEqualTo(new Taxatie(false, "a", true, "b", false, "c"));
    }

    @Test
    void taxatie_theLatestIsInForce() {
        add(MEDEWERKER, taxatie(true, true, false));
        add(MEDEWERKER, taxatie(false, true, false));
        assertThat(VbStand.van(journal).taxatie()).contains(taxatie(false, true, false));
    }

    @Test
    void rule45_aRiskFactorNeverChangesTheTaxatieButIsInTheHandover() {
        Taxatie taxatie = taxatie(false, true, true);
        add(MEDEWERKER, taxatie);
        VbStand before = VbStand.van(journal);

        Risicofactor middelen = Risicofactor.of("Vader gebruikt veel alcohol.");
        Risicofactor schulden = Risicofactor.of("Grote schulden.");
        add(MEDEWERKER, middelen);
        add(GW, schulden);
        VbStand after = VbStand.van(journal);

        assertThat(after.taxatie()).isEqualTo(before.taxatie()).contains(taxatie);
        assertThat(after.overdracht().taxatie()).contains(taxatie);
        assertThat(after.overdracht().risicofactoren()).containsExactly(middelen, schulden);
        assertThat(before.overdracht().risicofactoren()).isEmpty();
    }

    @Test
    void rule45_aRiskFactorNeedsADescription() {
        assertThat(refused(() -> Risicofactor.of("  ")).fieldErrors())
                .containsEntry("omschrijving", "vb.fout.risicofactor");
    }

    // --- besluit

    @Test
    void rule36_noMonitoringFollowsOverdrachtNaVeiligheidsbeoordeling() {
        assertThat(Besluit.OVERDRACHT_NA_VEILIGHEIDSBEOORDELING.monitoringVolgt())
                .isFalse();
        assertThat(Besluit.VOORWAARDEN_EN_VERVOLG.monitoringVolgt()).isTrue();
        assertThat(Besluit.ONDERZOEK.monitoringVolgt()).isTrue();
        assertThat(Besluit.OVERDRACHT_NA_VEILIGHEIDSBEOORDELING.volgende())
                .isEqualTo(ZaakStatus.OVERDRACHT_NA_VEILIGHEIDSBEOORDELING);
    }

    @Test
    void besluit_needsAChoiceAndAMotivering() {
        assertThat(refused(() -> BesluitVoorgesteld.of(null, " ")).fieldErrors())
                .containsEntry("besluit", "vb.fout.besluit")
                .containsEntry("motivering", "vb.fout.motivering");
    }

    @Test
    void besluit_canBeProposedOnlyInTheVeiligheidsbeoordelingAfterATaxatie() {
        assertThat(VbStand.van(journal).voorstelBezwaar(ZaakStatus.VEILIGHEIDSBEOORDELING))
                .contains("vb.fout.geentaxatie");
        add(MEDEWERKER, taxatie(false, false, false));
        VbStand stand = VbStand.van(journal);
        assertThat(stand.voorstelBezwaar(ZaakStatus.VEILIGHEIDSBEOORDELING)).isEmpty();
        assertThat(stand.voorstelBezwaar(ZaakStatus.BESLUIT_VOORGESTELD)).contains("vb.fout.status");
        assertThat(stand.voorstelBezwaar(ZaakStatus.ONDERZOEK)).contains("vb.fout.status");
    }

    @Test
    void besluit_aRejectionNeedsAToelichtingAndEndsTheOpenProposal() {
        JournalEntry<EntryPayload> voorstel =
                add(MEDEWERKER, BesluitVoorgesteld.of(Besluit.ONDERZOEK, "Formele vaststelling nodig."));
        assertThat(VbStand.van(journal).openVoorstel()).contains(voorstel);
        assertThat(refused(() -> BesluitBeoordeeld.of(voorstel.id(), false, " "))
                        .fieldErrors())
                .containsEntry("toelichting", "vb.fout.toelichting");
        assertThat(refused(() -> BesluitBeoordeeld.of(voorstel.id(), null, "")).fieldErrors())
                .containsEntry("goedgekeurd", "vb.fout.oordeel");
        assertThat(BesluitBeoordeeld.of(voorstel.id(), true, "").goedgekeurd()).isTrue();

        add(GW, BesluitBeoordeeld.of(voorstel.id(), false, "Eerst de school spreken."));
        assertThat(VbStand.van(journal).openVoorstel()).isEmpty();
    }

    // --- four eyes

    @Test
    void vierOgen_theProposerCannotApproveTheirOwnBesluit() {
        assertThat(VierOgen.bezwaar(GW, GW, Role.GEDRAGSWETENSCHAPPER)).contains("vb.fout.eigenvoorstel");
        assertThat(VierOgen.magBeoordelen(GW, GW, Role.GEDRAGSWETENSCHAPPER)).isFalse();
    }

    @Test
    void vierOgen_onlyAGedragswetenschapperApproves() {
        UserId ander = new UserId(UUID.randomUUID());
        assertThat(VierOgen.bezwaar(MEDEWERKER, ander, Role.VT_MEDEWERKER))
                .contains("vb.fout.geengedragswetenschapper");
        assertThat(VierOgen.bezwaar(MEDEWERKER, ander, Role.VT_TEAMLEIDER))
                .contains("vb.fout.geengedragswetenschapper");
        assertThat(VierOgen.bezwaar(MEDEWERKER, ander, null)).contains("vb.fout.geengedragswetenschapper");
        assertThat(VierOgen.magBeoordelen(MEDEWERKER, GW, Role.GEDRAGSWETENSCHAPPER))
                .isTrue();
    }

    @Test
    void payloadsRevealNoPersonalData() {
        assertThat(List.of(
                                Verrijking.of(Bron.POLITIE_OM, "Aangifte van Jan Jansen.", TODAY, TODAY),
                                Risicofactor.of("Jan Jansen drinkt."),
                                Taxatie.of(true, "Jan Jansen", true, "Jan Jansen", true, "Jan Jansen"),
                                BesluitVoorgesteld.of(Besluit.ONDERZOEK, "Jan Jansen"),
                                BesluitBeoordeeld.of(UUID.randomUUID(), false, "Jan Jansen"))
                        .toString())
                .doesNotContain("Jansen");
    }
}
