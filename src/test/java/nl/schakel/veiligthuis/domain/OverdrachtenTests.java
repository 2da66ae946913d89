package nl.schakel.veiligthuis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Role;
import nl.schakel.shared.UserId;
import nl.schakel.shared.journal.JournalEntry;
import nl.schakel.shared.kalender.Werkdagkalender;
import org.junit.jupiter.api.Test;

/**
 * The overdracht read from the journal: the parties and their answers, "accepted" as at least one party accepting
 * (rule 38), what travels with an offer (rule 45), and the flag of an overdracht nobody accepted within the term in
 * working days.
 */
class OverdrachtenTests {

    private static final Werkdagkalender KALENDER = Werkdagkalender.standaard();
    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 1);

    private final List<JournalEntry<EntryPayload>> journal = new ArrayList<>();
    private Instant tijd =
            ZonedDateTime.of(VANDAAG, LocalTime.of(10, 0), Intake.NL).toInstant();

    private JournalEntry<EntryPayload> schrijf(EntryPayload payload) {
        tijd = tijd.plusSeconds(60);
        JournalEntry<EntryPayload> e = JournalEntry.of(
                UUID.randomUUID(),
                tijd,
                new UserId(UUID.randomUUID()),
                "Vera Veilig",
                Role.VT_MEDEWERKER,
                null,
                payload);
        journal.add(e);
        return e;
    }

    private OverdrachtAangeboden biedAan(Ontvanger soort, String naam) {
        OverdrachtAangeboden a = OverdrachtAangeboden.of(
                soort, naam, "Gemeente Noord", "020 123 45 67", "Hulp aan het gezin en zicht op veiligheid.", journal);
        schrijf(a);
        return a;
    }

    private void antwoord(OverdrachtAangeboden aan, boolean aanvaard) {
        schrijf(OverdrachtBeantwoord.of(
                aan.partij(),
                aanvaard,
                aanvaard ? "" : "Geen plek in het team.",
                "Wendy Wijk",
                VANDAAG,
                OverdrachtBeantwoord.Wijze.TELEFOON,
                VANDAAG));
    }

    @Test
    void rule38_theOverdrachtIsAcceptedOnlyWhenAtLeastOnePartyAcceptedResponsibility() {
        OverdrachtAangeboden wijkteam = biedAan(Ontvanger.LOKAAL_TEAM, "Wijkteam Noord");
        OverdrachtAangeboden huisarts = biedAan(Ontvanger.BESTAANDE_HULP, "Huisarts");
        assertThat(Overdrachten.van(journal).aanvaard())
                .as("offered, no answer")
                .isFalse();
        assertThat(Dienststand.van(journal).overdrachtAanvaard()).isFalse();

        antwoord(wijkteam, false);
        Overdrachten o = Overdrachten.van(journal);
        assertThat(o.aanvaard()).as("declined only").isFalse();
        assertThat(o.partij(wijkteam.partij()).orElseThrow().status()).isEqualTo(Overdrachten.Status.AFGEWEZEN);
        assertThat(o.partij(wijkteam.partij()).orElseThrow().antwoord().reden()).isEqualTo("Geen plek in het team.");
        assertThat(o.open()).extracting(Overdrachten.Partij::id).containsExactly(huisarts.partij());

        antwoord(huisarts, true);
        assertThat(Overdrachten.van(journal).aanvaard()).isTrue();
        assertThat(Dienststand.van(journal).overdrachtAanvaard()).isTrue();
    }

    @Test
    void rule38_monitoringCannotStartBeforeTheOverdrachtIsAccepted() {
        OverdrachtAangeboden wijkteam = biedAan(Ontvanger.LOKAAL_TEAM, "Wijkteam Noord");
        antwoord(wijkteam, false);
        assertThatThrownBy(() -> Dienstverloop.na(
                        ZaakStatus.OVERDRACHT, new Overgang.OverdrachtAanvaard(), Dienststand.van(journal)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "dienst.fout.nietaanvaard"));

        antwoord(biedAan(Ontvanger.MELDER, "Lotte Leerkracht"), true);
        assertThat(Dienstverloop.na(ZaakStatus.OVERDRACHT, new Overgang.OverdrachtAanvaard(), Dienststand.van(journal)))
                .isEqualTo(ZaakStatus.MONITORING);
    }

    @Test
    void rule36_anAcceptedOverdrachtNaVeiligheidsbeoordelingClosesTheCaseWithoutMonitoring() {
        antwoord(biedAan(Ontvanger.LOKAAL_TEAM, "Wijkteam Noord"), true);
        assertThat(Dienstverloop.na(
                        ZaakStatus.OVERDRACHT_NA_VEILIGHEIDSBEOORDELING,
                        new Overgang.OverdrachtAanvaard(),
                        Dienststand.van(journal)))
                .isEqualTo(ZaakStatus.AFGESLOTEN);
    }

    @Test
    void aPartyAnswersOnceAndAnAnswerThatArrivesTwiceCountsOnce() {
        OverdrachtAangeboden wijkteam = biedAan(Ontvanger.LOKAAL_TEAM, "Wijkteam Noord");
        antwoord(wijkteam, false);
        antwoord(wijkteam, true);
        Overdrachten o = Overdrachten.van(journal);
        assertThat(o.partijen()).hasSize(1);
        assertThat(o.partij(wijkteam.partij()).orElseThrow().status()).isEqualTo(Overdrachten.Status.AFGEWEZEN);
        assertThat(o.aanvaard()).isFalse();
    }

    @Test
    void rule45_theRiskFactorsAndTheVoorwaardenInForceTravelWithTheOffer() {
        schrijf(Risicofactor.of("Vader heeft schulden."));
        schrijf(Veiligheidsvoorwaarde.of(
                "Als vader drinkt, heeft hij geen contact met de kinderen.", "Vader", "Wijkteam, wekelijks"));
        OverdrachtAangeboden a = biedAan(Ontvanger.LOKAAL_TEAM, "Wijkteam Noord");
        assertThat(a.risicofactoren()).containsExactly("Vader heeft schulden.");
        assertThat(a.voorwaarden())
                .containsExactly(new OverdrachtAangeboden.Voorwaarde(
                        "Als vader drinkt, heeft hij geen contact met de kinderen.", "Vader", "Wijkteam, wekelijks"));

        schrijf(Risicofactor.of("Later vastgelegd."));
        assertThat(Overdrachten.van(journal).partijen().getFirst().aanbod().risicofactoren())
                .as("a snapshot: what was recorded later does not change the offer")
                .containsExactly("Vader heeft schulden.");
    }

    @Test
    void anOfferAndARecordedAnswerAreCheckedWithEveryProblemAtOnce() {
        assertThatThrownBy(() -> OverdrachtAangeboden.of(null, " ", "", "", "", journal))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("soort", "naam", "overname"));
        assertThatThrownBy(() -> OverdrachtBeantwoord.of(UUID.randomUUID(), false, " ", "", null, null, VANDAAG))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("reden", "door", "datum", "wijze"));
        assertThatThrownBy(() -> OverdrachtBeantwoord.of(
                        UUID.randomUUID(),
                        null,
                        "",
                        "Wendy",
                        VANDAAG.plusDays(1),
                        OverdrachtBeantwoord.Wijze.SCHAKEL,
                        VANDAAG))
                .as("no choice, a future date, and Schakel is for the chain only")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("aanvaard", "datum", "wijze"));
        OverdrachtBeantwoord ja = OverdrachtBeantwoord.of(
                UUID.randomUUID(), true, "ook goed", "Wendy", VANDAAG, OverdrachtBeantwoord.Wijze.OVERLEG, VANDAAG);
        assertThat(ja.reden()).as("no reason kept with an acceptance").isNull();
    }

    @Test
    void anOverdrachtNobodyAcceptedWithinTheWorkingDaysIsFlagged() {
        // offered on Tuesday 1 December 2026; 5 working days later is Tuesday 8 December
        OverdrachtAangeboden wijkteam = biedAan(Ontvanger.LOKAAL_TEAM, "Wijkteam Noord");
        Overdrachten o = Overdrachten.van(journal);
        assertThat(o.uiterlijk(KALENDER, 5)).contains(LocalDate.of(2026, 12, 8));
        assertThat(o.teLaat(LocalDate.of(2026, 12, 8), KALENDER, 5))
                .as("on the last day")
                .isFalse();
        assertThat(o.teLaat(LocalDate.of(2026, 12, 9), KALENDER, 5)).isTrue();
        UUID zaak = UUID.randomUUID();
        assertThat(o.signalering(zaak, ZaakStatus.OVERDRACHT, LocalDate.of(2026, 12, 10), KALENDER, 5))
                .contains(new Overdrachten.Signalering(
                        zaak, ZaakStatus.OVERDRACHT, VANDAAG, LocalDate.of(2026, 12, 8), 2));

        antwoord(wijkteam, false);
        assertThat(Overdrachten.van(journal).teLaat(LocalDate.of(2026, 12, 9), KALENDER, 5))
                .as("a refusal does not stop the clock")
                .isTrue();
        antwoord(biedAan(Ontvanger.BESTAANDE_HULP, "Huisarts"), true);
        assertThat(Overdrachten.van(journal).teLaat(LocalDate.of(2026, 12, 9), KALENDER, 5))
                .as("accepted, even late")
                .isFalse();
        assertThat(Overdrachten.van(List.of()).teLaat(LocalDate.of(2027, 1, 1), KALENDER, 5))
                .as("nothing offered")
                .isFalse();
    }

    @Test
    void theTermSkipsHolidays() {
        // offered on Wednesday 22 April 2026; Koningsdag is Monday 27 April, so 5 working days end on Thursday 30 April
        tijd = ZonedDateTime.of(LocalDate.of(2026, 4, 22), LocalTime.of(16, 0), Intake.NL)
                .toInstant();
        biedAan(Ontvanger.LOKAAL_TEAM, "Wijkteam Noord");
        Overdrachten o = Overdrachten.van(journal);
        assertThat(o.uiterlijk(KALENDER, 5)).contains(LocalDate.of(2026, 4, 30));
        assertThat(o.teLaat(LocalDate.of(2026, 4, 30), KALENDER, 5)).isFalse();
        assertThat(o.teLaat(LocalDate.of(2026, 5, 1), KALENDER, 5)).isTrue();
    }

    @Test
    void anOverdrachtAfterANewVeiligheidsbeoordelingIsNotAcceptedByTheAnswersOfTheEarlierOne() {
        OverdrachtAangeboden eerste = biedAan(Ontvanger.MELDER, "Leerkracht");
        antwoord(eerste, true);
        assertThat(Overdrachten.van(journal).aanvaard()).isTrue();

        schrijf(NieuweVeiligheidsbeoordelingGestart.of("Een vervolgmelding over nieuw letsel.", VANDAAG));
        Overdrachten daarna = Overdrachten.van(journal);
        assertThat(daarna.partijen())
                .as("the earlier overdracht was for an earlier service")
                .isEmpty();
        assertThat(daarna.aanvaard()).isFalse();
        assertThat(Dienststand.van(journal).overdrachtAanvaard()).isFalse();

        OverdrachtAangeboden tweede = biedAan(Ontvanger.MELDER, "Leerkracht");
        Overdrachten open = Overdrachten.van(journal);
        assertThat(open.aanvaard()).as("offered again, not yet accepted").isFalse();
        assertThat(open.open()).extracting(Overdrachten.Partij::id).containsExactly(tweede.partij());
        assertThat(open.uiterlijk(KALENDER, 5)).as("the term runs again").isPresent();
        antwoord(tweede, true);
        assertThat(Overdrachten.van(journal).aanvaard()).isTrue();
    }
}
