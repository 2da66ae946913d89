package nl.schakel.veiligthuis.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Role;
import nl.schakel.shared.UserId;
import nl.schakel.shared.journal.JournalEntry;
import nl.schakel.veiligthuis.domain.Monitoringsmoment.AntwoordInvoer;
import nl.schakel.veiligthuis.domain.Monitoringsmoment.BevindingInvoer;
import nl.schakel.veiligthuis.domain.Monitoringsmoment.GesprekInvoer;
import nl.schakel.veiligthuis.domain.Monitoringsmoment.Invoer;
import nl.schakel.veiligthuis.domain.Monitoringsmoment.Mate;
import org.junit.jupiter.api.Test;

class MonitoringsmomentTests {

    private static final LocalDate START = LocalDate.of(2027, 1, 15);
    private static final LocalDate DRIE = Monitoringsplan.drieMaanden(START);

    private final Directbetrokkene moeder = persoon("Moeder", DRIE.minusYears(35), BetrokkeneRol.SLACHTOFFER);
    /** Four years old on the day of the moment. */
    private final Directbetrokkene kindVanVier = persoon("Kind", DRIE.minusYears(4), BetrokkeneRol.KIND_IN_HUISHOUDEN);
    /** Turns four the day after the moment. */
    private final Directbetrokkene kindVanDrie =
            persoon("Peuter", DRIE.minusYears(4).plusDays(1), BetrokkeneRol.KIND_IN_HUISHOUDEN);

    private final List<JournalEntry<EntryPayload>> journal = new ArrayList<>();
    private final Veiligheidsvoorwaarde drinken =
            Veiligheidsvoorwaarde.of("Als vader drinkt, heeft hij geen contact met de kinderen.", "Vader", "Wijkteam");
    private final Veiligheidsvoorwaarde school =
            Veiligheidsvoorwaarde.of("De kinderen gaan elke dag naar school.", "Ouders", "School");

    MonitoringsmomentTests() {
        schrijf(drinken);
        schrijf(school);
    }

    private void schrijf(EntryPayload payload) {
        journal.add(JournalEntry.of(
                UUID.randomUUID(),
                START.atTime(LocalTime.NOON).atZone(Intake.NL).toInstant(),
                new UserId(UUID.randomUUID()),
                "Test",
                Role.VT_MEDEWERKER,
                null,
                payload));
    }

    private static Directbetrokkene persoon(String naam, LocalDate geboren, BetrokkeneRol rol) {
        return new Directbetrokkene(UUID.randomUUID(), naam, geboren, Geslacht.ONBEKEND, null, rol);
    }

    private Monitoringsmoment vastleggen(List<GesprekInvoer> gesprekken, List<BevindingInvoer> bevindingen) {
        AntwoordInvoer ja = new AntwoordInvoer(Mate.JA, "Het gaat goed.");
        return Monitoringsmoment.of(
                new Invoer(DRIE, DRIE, gesprekken, "Het is thuis rustig.", bevindingen, ja, ja, ja),
                List.of(moeder, kindVanVier, kindVanDrie),
                Veiligheidsvoorwaarden.van(journal),
                Monitoringsplan.van(START, journal, DRIE),
                DRIE);
    }

    private List<BevindingInvoer> alleVoorwaarden() {
        return List.of(
                new BevindingInvoer(drinken.voorwaarde(), VoorwaardeStatus.NIET, "Vader was dronken thuis."),
                new BevindingInvoer(school.voorwaarde(), VoorwaardeStatus.NAGELEEFD, "Volgens de school."));
    }

    @Test
    void rule39_aChildOfFourNotSpokenWithIsRefusedWithoutAnAgreementThatAHelperSpokeWithThem() {
        List<GesprekInvoer> zonderAfspraak = List.of(
                new GesprekInvoer(moeder.id(), true, ""),
                new GesprekInvoer(kindVanVier.id(), false, " "),
                new GesprekInvoer(kindVanDrie.id(), false, ""));

        assertThatThrownBy(() -> vastleggen(zonderAfspraak, alleVoorwaarden()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsOnly(java.util.Map.entry(
                                        Monitoringsmoment.afspraakVeld(kindVanVier.id()),
                                        "monitoring.fout.kindnietgesproken")));
    }

    @Test
    void rule39_aChildOfFourNotSpokenWithIsRecordedWithTheAgreementAndAChildUnderFourNeedsNone() {
        Monitoringsmoment m = vastleggen(
                List.of(
                        new GesprekInvoer(moeder.id(), true, ""),
                        new GesprekInvoer(kindVanVier.id(), false, "De jeugdhulpverlener sprak het kind op 10 april."),
                        new GesprekInvoer(kindVanDrie.id(), false, "")),
                alleVoorwaarden());

        assertThat(m.gesprekken())
                .extracting(Monitoringsmoment.Gesprek::afspraak)
                .containsExactly("", "De jeugdhulpverlener sprak het kind op 10 april.", "");
        assertThat(m.nietNageleefd())
                .extracting(Monitoringsmoment.Bevinding::voorwaarde)
                .containsExactly(drinken.voorwaarde());
    }

    @Test
    void rule39_everyDirectbetrokkeneNeedsAnAnswerAndAnAdultNotSpokenWithAReason() {
        assertThatThrownBy(() -> vastleggen(
                        List.of(
                                new GesprekInvoer(moeder.id(), false, ""),
                                new GesprekInvoer(kindVanVier.id(), true, "")),
                        alleVoorwaarden()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsOnlyKeys(
                                        Monitoringsmoment.afspraakVeld(moeder.id()),
                                        Monitoringsmoment.gesprokenVeld(kindVanDrie.id())));
    }

    @Test
    void theStatusOfEveryVoorwaardeInForceIsRequiredWithItsEvidence() {
        List<GesprekInvoer> iedereen = List.of(
                new GesprekInvoer(moeder.id(), true, ""),
                new GesprekInvoer(kindVanVier.id(), true, ""),
                new GesprekInvoer(kindVanDrie.id(), true, ""));

        assertThatThrownBy(() -> vastleggen(
                        iedereen, List.of(new BevindingInvoer(drinken.voorwaarde(), VoorwaardeStatus.ONBEKEND, ""))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsOnlyKeys(
                                        Monitoringsmoment.onderbouwingVeld(drinken.voorwaarde()),
                                        Monitoringsmoment.statusVeld(school.voorwaarde()),
                                        Monitoringsmoment.onderbouwingVeld(school.voorwaarde())));
    }

    @Test
    void theThreeQuestionsTheDateAndThePlannedMomentAreChecked() {
        AntwoordInvoer leeg = new AntwoordInvoer(null, "");
        Invoer in = new Invoer(
                DRIE.plusDays(1),
                DRIE.plusDays(7),
                List.of(new GesprekInvoer(moeder.id(), true, "")),
                "",
                List.of(),
                leeg,
                new AntwoordInvoer(Mate.NEE, ""),
                leeg);

        assertThatThrownBy(() -> Monitoringsmoment.of(
                        in,
                        List.of(moeder),
                        Veiligheidsvoorwaarden.van(List.of()),
                        Monitoringsplan.van(START, List.of(), DRIE),
                        DRIE))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsOnlyKeys(
                                        "datum",
                                        "gepland",
                                        "directeVeiligheid",
                                        "directeVeiligheidToelichting",
                                        "stabieleVeiligheidToelichting",
                                        "herstelgerichteZorg",
                                        "herstelgerichteZorgToelichting"));
    }

    @Test
    void whatTheChildSaidIsRequiredWhenAChildOfFourWasSpokenWith() {
        AntwoordInvoer ja = new AntwoordInvoer(Mate.JA, "Goed.");
        Invoer in = new Invoer(
                DRIE, null, List.of(new GesprekInvoer(kindVanVier.id(), true, "")), "", List.of(), ja, ja, ja);

        assertThatThrownBy(() -> Monitoringsmoment.of(
                        in,
                        List.of(kindVanVier),
                        Veiligheidsvoorwaarden.van(List.of()),
                        Monitoringsplan.van(START, List.of(), DRIE),
                        DRIE))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("kindVertelt"));
    }
}
