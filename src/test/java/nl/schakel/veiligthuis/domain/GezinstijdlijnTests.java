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

/** The family over time in the verrijking (issue 11): one timeline, newest first, of own records and the register. */
class GezinstijdlijnTests {

    private static final Instant JAAR_2019 = Instant.parse("2019-05-01T10:00:00Z");
    private static final Instant JAAR_2023 = Instant.parse("2023-02-01T10:00:00Z");
    private static final UserId WERKER = new UserId(UUID.randomUUID());

    private static JournalEntry<EntryPayload> entry(UUID zaak, Instant op, EntryPayload payload) {
        return JournalEntry.of(zaak, op, WERKER, "Test", Role.VT_MEDEWERKER, null, payload);
    }

    private static RegisterMatchGemeld match(String regio, Instant sinds, Instant tot) {
        return new RegisterMatchGemeld(UUID.randomUUID(), null, "Sam", regio, false, sinds, tot, "0800");
    }

    /** A melding of 2019 decided "onderzoek", violence confirmed, monitored until stable safety, then closed. */
    private static Gezinstijdlijn.EerdereZaak melding2019(UUID id) {
        List<JournalEntry<EntryPayload>> j = new ArrayList<>();
        j.add(entry(
                id,
                JAAR_2019,
                new IntakeVastgelegd(
                        ZaakSoort.MELDING,
                        Beller.BEROEPSKRACHT,
                        false,
                        MelderCategorie.ONDERWIJS,
                        List.of(),
                        Set.of(VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK),
                        false,
                        "Klappen.",
                        null,
                        Classificatie.NIEUW,
                        null)));
        JournalEntry<EntryPayload> voorstel = entry(
                id, JAAR_2019.plusSeconds(86_400), BesluitVoorgesteld.of(Besluit.ONDERZOEK, "Zorgen zijn groot."));
        j.add(voorstel);
        j.add(entry(id, JAAR_2019.plusSeconds(90_000), BesluitBeoordeeld.of(voorstel.id(), true, "")));
        j.add(entry(
                id,
                JAAR_2019.plusSeconds(5_000_000),
                new OnderzoekRapport(
                        List.of(new OnderzoekRapport.Bevinding(
                                VormVanGeweld.KINDERMISHANDELING_LICHAMELIJK,
                                OnderzoekRapport.Uitkomst.BEVESTIGD,
                                "Vader gaf het toe.")),
                        List.of(),
                        true,
                        null,
                        null,
                        false,
                        null,
                        "Bevestigd.")));
        j.add(entry(
                id, JAAR_2019.plusSeconds(20_000_000), new StabieleVeiligheidBeoordeeld(UUID.randomUUID(), true, "")));
        // the register's news arrives later; it does not move the moment the case was closed
        j.add(entry(id, JAAR_2023, match("Veilig Thuis Demo-Zuid", JAAR_2019.minusSeconds(86_400), null)));
        return new Gezinstijdlijn.EerdereZaak(
                id,
                ZaakSoort.MELDING,
                ZaakStatus.AFGESLOTEN,
                JAAR_2019,
                Classificatie.NIEUW,
                false,
                Besluit.ONDERZOEK,
                List.of(new Gezinstijdlijn.Gevonden("Sam", Overeenkomst.BSN)),
                j);
    }

    @Test
    void earlierCasesTheirServicesAndOutcomesAndTheRegistersMatches_inOneTimeline_newestFirst() {
        UUID eerder = UUID.randomUUID();
        UUID advies = UUID.randomUUID();
        UUID nu = UUID.randomUUID();
        var adviesZaak = new Gezinstijdlijn.EerdereZaak(
                advies,
                ZaakSoort.ADVIES,
                ZaakStatus.ADVIES_AFGEROND,
                JAAR_2023,
                Classificatie.NIEUW,
                false,
                null,
                List.of(new Gezinstijdlijn.Gevonden("Sam", Overeenkomst.NAAM_GEBOORTEDATUM)),
                List.of(entry(
                        advies,
                        JAAR_2023.plusSeconds(3600),
                        new AdviesAfgerond(AdviesUitkomst.ADVIES_EN_ONDERSTEUNING, "Advies gegeven."))));
        // the register told the case itself of the same involvement in Zuid, now ended, and of Oost
        Instant zuidSinds = JAAR_2019.minusSeconds(86_400);
        List<JournalEntry<EntryPayload>> eigen = List.of(
                entry(nu, Instant.now(), match("Veilig Thuis Demo-Zuid", zuidSinds, JAAR_2023.plusSeconds(7200))),
                entry(nu, Instant.now(), match("Veilig Thuis Oost", JAAR_2023.plusSeconds(99), null)));

        Gezinstijdlijn tijdlijn = Gezinstijdlijn.van(List.of(melding2019(eerder), adviesZaak), eigen);

        List<String> soorten = tijdlijn.gebeurtenissen().stream()
                .map(g -> g.getClass().getSimpleName())
                .toList();
        assertThat(soorten)
                .containsExactly(
                        "Adviesuitkomst", // 2023 + 1 h
                        "AndereRegio", // Oost, 2023 + 99 s
                        "Contact", // the advies, 2023
                        "Afgesloten", // the melding's last step
                        "Monitoringconclusie",
                        "Onderzoeksbevindingen",
                        "Besluitgenomen",
                        "Contact", // the melding, 2019
                        "AndereRegio"); // Zuid since the day before
        assertThat(tijdlijn.gebeurtenissen()).isSortedAccordingTo((a, b) -> b.op().compareTo(a.op()));
        // Zuid once, with the newest news: ended
        assertThat(tijdlijn.gebeurtenissen().getLast()).isInstanceOfSatisfying(Gezinstijdlijn.AndereRegio.class, a -> {
            assertThat(a.match().andereRegio()).isEqualTo("Veilig Thuis Demo-Zuid");
            assertThat(a.match().actief()).isFalse();
            assertThat(a.op()).isEqualTo(zuidSinds);
        });
        assertThat(tijdlijn.gebeurtenissen())
                .filteredOn(g -> g instanceof Gezinstijdlijn.Besluitgenomen)
                .singleElement()
                .isInstanceOfSatisfying(
                        Gezinstijdlijn.Besluitgenomen.class,
                        b -> assertThat(b.besluit()).isEqualTo(Besluit.ONDERZOEK));
        assertThat(tijdlijn.gebeurtenissen())
                .filteredOn(g -> g instanceof Gezinstijdlijn.Onderzoeksbevindingen)
                .singleElement()
                .isInstanceOfSatisfying(
                        Gezinstijdlijn.Onderzoeksbevindingen.class,
                        o -> assertThat(o.bevestigd()).isTrue());
        assertThat(tijdlijn.gebeurtenissen())
                .filteredOn(g -> g instanceof Gezinstijdlijn.Afgesloten)
                .singleElement()
                .satisfies(a -> assertThat(a.op()).isEqualTo(JAAR_2019.plusSeconds(20_000_000)));
        assertThat(tijdlijn.gebeurtenissen())
                .filteredOn(g -> g instanceof Gezinstijdlijn.Contact)
                .first()
                .isInstanceOfSatisfying(Gezinstijdlijn.Contact.class, c -> {
                    assertThat(c.soort()).isEqualTo(ZaakSoort.ADVIES);
                    assertThat(c.personen())
                            .containsExactly(new Gezinstijdlijn.Gevonden("Sam", Overeenkomst.NAAM_GEBOORTEDATUM));
                });
    }

    @Test
    void aFamilyWithoutHistory_hasAnEmptyTimeline() {
        assertThat(Gezinstijdlijn.van(List.of(), List.of()).leeg()).isTrue();
    }

    @Test
    void anOpenCase_isNotShownClosed() {
        UUID id = UUID.randomUUID();
        var open = new Gezinstijdlijn.EerdereZaak(
                id,
                ZaakSoort.MELDING,
                ZaakStatus.MONITORING,
                JAAR_2023,
                Classificatie.NIEUW,
                true,
                Besluit.VOORWAARDEN_EN_VERVOLG,
                List.of(),
                List.of());
        assertThat(Gezinstijdlijn.van(List.of(open), List.of()).gebeurtenissen())
                .singleElement()
                .isInstanceOf(Gezinstijdlijn.Contact.class);
    }
}
