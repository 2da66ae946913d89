package nl.schakel.veiligthuis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Role;
import nl.schakel.shared.UserId;
import org.junit.jupiter.api.Test;

class VeiligheidsvoorwaardenTests {

    private final List<JournalEntry> journal = new ArrayList<>();
    private Instant tijd = Instant.parse("2026-12-01T09:00:00Z");

    private JournalEntry schrijf(EntryPayload payload, String door) {
        tijd = tijd.plusSeconds(60);
        JournalEntry e = new JournalEntry(
                UUID.randomUUID(),
                UUID.randomUUID(),
                tijd,
                new UserId(UUID.randomUUID()),
                door,
                Role.VT_MEDEWERKER,
                null,
                payload);
        journal.add(e);
        return e;
    }

    @Test
    void rule40_aVoorwaardeChangesOnlyByAnApprovedNewDecisionAndItsOldWordingStays() {
        Veiligheidsvoorwaarde v = Veiligheidsvoorwaarde.of(
                "Als vader drinkt, heeft hij geen contact met de kinderen.", "Vader", "Wijkteam, wekelijks");
        schrijf(v, "Medewerker A");
        JournalEntry voorstel = schrijf(
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
        JournalEntry voorstel = schrijf(
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
}
