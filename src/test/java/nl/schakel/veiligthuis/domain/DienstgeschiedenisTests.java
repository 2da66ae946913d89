package nl.schakel.veiligthuis.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.shared.Role;
import nl.schakel.shared.UserId;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.shared.journal.JournalEntry;
import org.junit.jupiter.api.Test;

/** The services a case went through, read from its journal and its state now; and the way of each voorwaarde. */
class DienstgeschiedenisTests {

    private final List<JournalEntry<EntryPayload>> journal = new ArrayList<>();
    private Instant tijd = Instant.parse("2026-02-27T09:00:00Z");

    private JournalEntry<EntryPayload> schrijf(EntryPayload payload, String door) {
        tijd = tijd.plusSeconds(3600);
        JournalEntry<EntryPayload> e = JournalEntry.of(
                UUID.randomUUID(), tijd, new UserId(UUID.randomUUID()), door, Role.VT_MEDEWERKER, null, payload);
        journal.add(e);
        return e;
    }

    private static IntakeVastgelegd intake(ZaakSoort soort) {
        return new IntakeVastgelegd(
                soort,
                Beller.BEROEPSKRACHT,
                false,
                MelderCategorie.ONDERWIJS,
                List.of(),
                Set.of(VormVanGeweld.ANDERS),
                false,
                "Kind vertelt over ruzie.",
                null,
                Classificatie.NIEUW,
                null);
    }

    @Test
    void aMeldingGoesFromTheVeiligheidsbeoordelingToTheServiceOfItsApprovedBesluit() {
        JournalEntry<EntryPayload> gemeld = schrijf(intake(ZaakSoort.MELDING), "Vera");
        JournalEntry<EntryPayload> afgewezen =
                schrijf(BesluitVoorgesteld.of(Besluit.EINDE_BEMOEIENIS, "Hulp loopt al."), "Vera");
        schrijf(BesluitBeoordeeld.of(afgewezen.id(), false, "Eerst de school spreken."), "Gijs");
        JournalEntry<EntryPayload> voorstel =
                schrijf(BesluitVoorgesteld.of(Besluit.VOORWAARDEN_EN_VERVOLG, "Vader drinkt."), "Vera");
        JournalEntry<EntryPayload> goed = schrijf(BesluitBeoordeeld.of(voorstel.id(), true, "Eens."), "Gijs");

        Dienstgeschiedenis d = Dienstgeschiedenis.van(ZaakStatus.VOORWAARDEN_EN_VERVOLG, journal);

        assertThat(d.diensten())
                .containsExactly(
                        new Dienstgeschiedenis.Dienst(
                                ZaakStatus.VEILIGHEIDSBEOORDELING, gemeld.recordedAt(), goed.recordedAt()),
                        new Dienstgeschiedenis.Dienst(ZaakStatus.VOORWAARDEN_EN_VERVOLG, goed.recordedAt(), null));
        assertThat(d.nu()).isEqualTo(ZaakStatus.VOORWAARDEN_EN_VERVOLG);
        assertThat(d.besluit())
                .contains(new Dienstgeschiedenis.GenomenBesluit(
                        Besluit.VOORWAARDEN_EN_VERVOLG,
                        "Vader drinkt.",
                        "Vera",
                        voorstel.recordedAt(),
                        "Gijs",
                        goed.recordedAt(),
                        "Eens."));
    }

    @Test
    void aProposedBesluitIsStillTheVeiligheidsbeoordelingAndAMoveTheJournalDoesNotRecordEndsTheList() {
        JournalEntry<EntryPayload> gemeld = schrijf(intake(ZaakSoort.MELDING), "Vera");
        schrijf(BesluitVoorgesteld.of(Besluit.ONDERZOEK, "Formeel vaststellen."), "Vera");

        assertThat(Dienstgeschiedenis.van(ZaakStatus.BESLUIT_VOORGESTELD, journal)
                        .diensten())
                .containsExactly(
                        new Dienstgeschiedenis.Dienst(ZaakStatus.VEILIGHEIDSBEOORDELING, gemeld.recordedAt(), null));
        assertThat(Dienstgeschiedenis.van(ZaakStatus.BESLUIT_VOORGESTELD, journal)
                        .besluit())
                .isEmpty();
        assertThat(Dienstgeschiedenis.van(ZaakStatus.MONITORING, journal).diensten())
                .extracting(Dienstgeschiedenis.Dienst::dienst, Dienstgeschiedenis.Dienst::vanaf)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ZaakStatus.VEILIGHEIDSBEOORDELING, gemeld.recordedAt()),
                        org.assertj.core.groups.Tuple.tuple(ZaakStatus.MONITORING, null));
    }

    @Test
    void anAdviesTurnedIntoAMeldingStartsTheVeiligheidsbeoordeling() {
        JournalEntry<EntryPayload> advies = schrijf(intake(ZaakSoort.ADVIES), "Vera");
        JournalEntry<EntryPayload> omgezet =
                schrijf(new AdviesAfgerond(AdviesUitkomst.OMGEZET_IN_MELDING, "Toch melden."), "Vera");

        assertThat(Dienstgeschiedenis.van(ZaakStatus.VEILIGHEIDSBEOORDELING, journal)
                        .diensten())
                .containsExactly(
                        new Dienstgeschiedenis.Dienst(ZaakStatus.ADVIES, advies.recordedAt(), omgezet.recordedAt()),
                        new Dienstgeschiedenis.Dienst(ZaakStatus.VEILIGHEIDSBEOORDELING, omgezet.recordedAt(), null));
    }

    @Test
    void rule40_everyProposedChangeOfAVoorwaardeKeepsItsJudgementApprovedRejectedOrOpen() {
        Veiligheidsvoorwaarde v = Veiligheidsvoorwaarde.of("Vader drinkt niet.", "Vader", "Wijkteam");
        Veiligheidsvoorwaarde ander = Veiligheidsvoorwaarde.of("Moeder belt.", "Moeder", "School");
        schrijf(v, "Vera");
        schrijf(ander, "Vera");
        JournalEntry<EntryPayload> eerste = schrijf(
                VoorwaardeWijziging.of(v.voorwaarde(), "Geen alcohol.", "Vader", "Wijkteam", "Scherper."), "Vera");
        JournalEntry<EntryPayload> goed = schrijf(VoorwaardeWijzigingBeoordeeld.of(eerste.id(), true, ""), "Gijs");
        JournalEntry<EntryPayload> tweede = schrijf(
                VoorwaardeWijziging.of(v.voorwaarde(), "Soms alcohol.", "Vader", "Wijkteam", "Milder."), "Vera");
        JournalEntry<EntryPayload> nee =
                schrijf(VoorwaardeWijzigingBeoordeeld.of(tweede.id(), false, "Te mild."), "Gijs");
        JournalEntry<EntryPayload> derde = schrijf(
                VoorwaardeWijziging.of(
                        v.voorwaarde(), "Geen alcohol, ook niet buiten.", "Vader", "Wijkteam", "Ook buiten."),
                "Vera");
        schrijf(
                VoorwaardeWijziging.of(ander.voorwaarde(), "Moeder belt dagelijks.", "Moeder", "School", "Vaker."),
                "Vera");

        List<Voorwaardewijzigingen.Wijziging> wijzigingen = Voorwaardewijzigingen.van(journal, v.voorwaarde());

        assertThat(wijzigingen)
                .extracting(Voorwaardewijzigingen.Wijziging::voorstel)
                .containsExactly(eerste, tweede, derde);
        assertThat(wijzigingen.get(0).oordeel()).contains(goed);
        assertThat(wijzigingen.get(0).beoordeling())
                .hasValueSatisfying(b -> assertThat(b.goedgekeurd()).isTrue());
        assertThat(wijzigingen.get(1).oordeel()).contains(nee);
        assertThat(wijzigingen.get(1).beoordeling())
                .hasValueSatisfying(b -> assertThat(b.toelichting()).isEqualTo("Te mild."));
        assertThat(wijzigingen.get(2).oordeel()).isEmpty();
    }
}
