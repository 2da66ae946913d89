package nl.schakel.veiligthuis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Role;
import nl.schakel.shared.UserId;
import nl.schakel.shared.journal.JournalEntry;
import org.junit.jupiter.api.Test;

class VeiligheidsvoorwaardenTests {

    private final List<JournalEntry<EntryPayload>> journal = new ArrayList<>();
    private Instant tijd = Instant.parse("2026-12-01T09:00:00Z");

    private JournalEntry<EntryPayload> schrijf(EntryPayload payload, String door) {
        tijd = tijd.plusSeconds(60);
        JournalEntry<EntryPayload> e = JournalEntry.of(
                UUID.randomUUID(), tijd, new UserId(UUID.randomUUID()), door, Role.VT_MEDEWERKER, null, payload);
        journal.add(e);
        return e;
    }

    @Test
    void rule40_aVoorwaardeChangesOnlyByAnApprovedNewDecisionAndItsOldWordingStays() {
        Veiligheidsvoorwaarde v = Veiligheidsvoorwaarde.of(
                "Als vader drinkt, heeft hij geen contact met de kinderen.", "Vader", "Wijkteam, wekelijks");
        schrijf(v, "Medewerker A");
        JournalEntry<EntryPayload> voorstel = schrijf(
                VoorwaardeWijziging.of(
                        v.voorwaarde(),
                        "Vader drinkt niet als de kinderen thuis zijn.",
                        "Vader",
                        "Wijkteam, wekelijks",
                        "Na het onderzoek aangescherpt."),
                "Medewerker A");

        Veiligheidsvoorwaarden voorstelOpen = Veiligheidsvoorwaarden.van(journal);
        assertThat(voorstelOpen.alle())
                .singleElement()
                .satisfies(w -> assertThat(w.geldend().tekst())
                        .isEqualTo("Als vader drinkt, heeft hij geen contact met de kinderen."));
        assertThat(voorstelOpen.wachtOpBeoordeling(v.voorwaarde())).isTrue();

        schrijf(VoorwaardeWijzigingBeoordeeld.of(voorstel.id(), true, ""), "Gedragswetenschapper B");
        Veiligheidsvoorwaarden na = Veiligheidsvoorwaarden.van(journal);
        assertThat(na.openWijzigingen()).isEmpty();
        assertThat(na.voorwaarde(v.voorwaarde()).orElseThrow().versies())
                .extracting(Veiligheidsvoorwaarden.Versie::tekst)
                .containsExactly(
                        "Als vader drinkt, heeft hij geen contact met de kinderen.",
                        "Vader drinkt niet als de kinderen thuis zijn.");
    }

    @Test
    void rule40_aRejectedChangeLeavesTheVoorwaardeAsItWas() {
        Veiligheidsvoorwaarde v = Veiligheidsvoorwaarde.of("Moeder is nooit alleen met Noa.", "Moeder", "Oma");
        schrijf(v, "A");
        JournalEntry<EntryPayload> voorstel = schrijf(
                VoorwaardeWijziging.of(
                        v.voorwaarde(), "Moeder mag alleen zijn met Noa.", "Moeder", "Oma", "Gaat goed."),
                "A");
        schrijf(VoorwaardeWijzigingBeoordeeld.of(voorstel.id(), false, "Te vroeg."), "B");
        Veiligheidsvoorwaarden na = Veiligheidsvoorwaarden.van(journal);
        assertThat(na.voorwaarde(v.voorwaarde()).orElseThrow().geldend().tekst())
                .isEqualTo("Moeder is nooit alleen met Noa.");
        assertThat(na.openWijzigingen()).isEmpty();
    }

    @Test
    void aVoorwaardeNeedsItsTextWhomItConcernsAndItsCheck() {
        assertThatThrownBy(() -> Veiligheidsvoorwaarde.of(" ", "", "  "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("tekst", "betreft", "controle"));
        assertThatThrownBy(() -> VoorwaardeWijzigingBeoordeeld.of(UUID.randomUUID(), false, ""))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rule40_oneChangeAtATimeOfAVoorwaardeOfTheCaseThatReallyChangesIt() {
        Veiligheidsvoorwaarde v = Veiligheidsvoorwaarde.of("Moeder is nooit alleen met Noa.", "Moeder", "Oma");
        schrijf(v, "A");
        Veiligheidsvoorwaarden voor = Veiligheidsvoorwaarden.van(journal);
        assertThat(voor.wijzigingBezwaar(
                        VoorwaardeWijziging.of(UUID.randomUUID(), "Andere tekst.", "Moeder", "Oma", "Reden.")))
                .contains("voorwaarde.fout.onbekend");
        assertThat(voor.wijzigingBezwaar(VoorwaardeWijziging.of(
                        v.voorwaarde(), " Moeder is nooit alleen met Noa. ", "Moeder", "Oma", "Reden.")))
                .as("the same wording is no change")
                .contains("voorwaarde.fout.ongewijzigd");
        VoorwaardeWijziging wijziging = VoorwaardeWijziging.of(
                v.voorwaarde(), "Moeder is nooit alleen met Noa.", "Moeder", "Oom", "Oma is ziek.");
        assertThat(voor.wijzigingBezwaar(wijziging)).isEmpty();

        JournalEntry<EntryPayload> voorstel = schrijf(wijziging, "A");
        Veiligheidsvoorwaarden open = Veiligheidsvoorwaarden.van(journal);
        assertThat(open.wijzigingBezwaar(wijziging)).contains("voorwaarde.fout.wijzigingopen");
        assertThat(open.openWijziging(voorstel.id())).isPresent();
        assertThat(open.openWijziging(UUID.randomUUID())).isEmpty();

        schrijf(VoorwaardeWijzigingBeoordeeld.of(voorstel.id(), true, ""), "B");
        Veiligheidsvoorwaarden na = Veiligheidsvoorwaarden.van(journal);
        assertThat(na.openWijziging(voorstel.id())).isEmpty();
        assertThat(na.voorwaarde(v.voorwaarde()).orElseThrow().geldend()).satisfies(g -> {
            assertThat(g.controle()).isEqualTo("Oom");
            assertThat(g.reden()).isEqualTo("Oma is ziek.");
            assertThat(g.doorWie()).isEqualTo("A");
            assertThat(g.goedgekeurdDoor()).isEqualTo("B");
        });
    }

    @Test
    void rule40_voorwaardenAreSetInVoorwaardenEnVervolgOnderzoekOverdrachtAndMonitoringOnly() {
        assertThat(java.util.Arrays.stream(ZaakStatus.values()).filter(Veiligheidsvoorwaarden::inDienst))
                .containsExactly(
                        ZaakStatus.VOORWAARDEN_EN_VERVOLG,
                        ZaakStatus.ONDERZOEK,
                        ZaakStatus.OVERDRACHT,
                        ZaakStatus.MONITORING);
    }

    @Test
    void theDienststandCountsTheVoorwaardenInForceNotTheirVersions() {
        assertThat(Dienststand.van(journal)).isEqualTo(Dienststand.LEEG);
        Veiligheidsvoorwaarde v = Veiligheidsvoorwaarde.of("Vader drinkt niet thuis.", "Vader", "Wijkteam");
        schrijf(v, "A");
        JournalEntry<EntryPayload> voorstel = schrijf(
                VoorwaardeWijziging.of(v.voorwaarde(), "Vader drinkt nooit.", "Vader", "Wijkteam", "Strenger."), "A");
        schrijf(VoorwaardeWijzigingBeoordeeld.of(voorstel.id(), true, ""), "B");
        schrijf(Veiligheidsvoorwaarde.of("Moeder belt het wijkteam.", "Moeder", "Wijkteam"), "A");
        assertThat(Dienststand.van(journal).voorwaarden()).isEqualTo(2);
        assertThat(Dienstverloop.na(
                        ZaakStatus.VOORWAARDEN_EN_VERVOLG, new Overgang.NaarOverdracht(), Dienststand.van(journal)))
                .isEqualTo(ZaakStatus.OVERDRACHT);
    }

    @Test
    void anAfspraakSaysWhoDoesWhatAndUntilWhenIfItEnds() {
        LocalDate vandaag = LocalDate.of(2026, 12, 5);
        assertThat(Afspraak.of(" Moeder ", "Belt het wijkteam als vader drinkt.", "", vandaag))
                .isEqualTo(new Afspraak("Moeder", "Belt het wijkteam als vader drinkt.", null));
        assertThat(Afspraak.of("Wijkteam", "Komt elke week langs.", "2026-12-05", vandaag)
                        .totWanneer())
                .isEqualTo(vandaag);
        assertThatThrownBy(() -> Afspraak.of(" ", "", "2026-12-04", vandaag))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("wie", "afspraak.fout.wie")
                                .containsEntry("wat", "afspraak.fout.wat")
                                .containsEntry("totWanneer", "afspraak.fout.verleden"));
        assertThatThrownBy(() -> Afspraak.of("Oma", "Haalt Noa op.", "morgen", vandaag))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsOnly(java.util.Map.entry("totWanneer", "afspraak.fout.datum")));
    }

    @Test
    void fourEyesOnAChangeSpeakOfTheChangeNotOfTheBesluit() {
        UserId a = new UserId(UUID.randomUUID());
        assertThat(VierOgen.bezwaar(a, a, Role.GEDRAGSWETENSCHAPPER, "voorwaarde"))
                .contains("voorwaarde.fout.eigenvoorstel");
        assertThat(VierOgen.bezwaar(a, new UserId(UUID.randomUUID()), Role.VT_TEAMLEIDER, "voorwaarde"))
                .contains("voorwaarde.fout.geengedragswetenschapper");
        assertThat(VierOgen.bezwaar(a, a, Role.GEDRAGSWETENSCHAPPER)).contains("vb.fout.eigenvoorstel");
        assertThatThrownBy(() -> VoorwaardeWijzigingBeoordeeld.of(UUID.randomUUID(), null, ""))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("goedgekeurd", "voorwaarde.fout.oordeel"));
    }
}
