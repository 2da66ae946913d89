package nl.schakel.veiligthuis.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.schakel.shared.Role;
import nl.schakel.shared.UserId;
import nl.schakel.shared.journal.JournalEntry;
import nl.schakel.veiligthuis.domain.Monitoringsmoment.Antwoord;
import nl.schakel.veiligthuis.domain.Monitoringsmoment.Mate;
import nl.schakel.veiligthuis.domain.Monitoringsplan.Moment;
import nl.schakel.veiligthuis.domain.Monitoringsplan.Soort;
import org.junit.jupiter.api.Test;

class MonitoringsplanTests {

    private static final LocalDate START = LocalDate.of(2027, 1, 15);
    private final List<JournalEntry<EntryPayload>> journal = new ArrayList<>();
    private final UserId medewerker = new UserId(UUID.randomUUID());
    private final UserId gedragswetenschapper = new UserId(UUID.randomUUID());

    private JournalEntry<EntryPayload> schrijf(LocalDate op, UserId door, Role rol, EntryPayload payload) {
        JournalEntry<EntryPayload> e = JournalEntry.of(
                UUID.randomUUID(),
                op.atTime(LocalTime.NOON).atZone(Intake.NL).toInstant(),
                door,
                "Test",
                rol,
                null,
                payload);
        journal.add(e);
        return e;
    }

    private static Monitoringsmoment moment(LocalDate datum, LocalDate gepland, Mate mate) {
        Antwoord a = new Antwoord(mate, "Toelichting.");
        return new Monitoringsmoment(datum, gepland, List.of(), "", List.of(), a, a, a);
    }

    @Test
    void rule37_theMomentsArePlannedAtThreeAndTwelveMonthsAfterTheStart() {
        Monitoringsplan plan = Monitoringsplan.van(START, journal, START);

        assertThat(plan.momenten())
                .extracting(Moment::datum, Moment::soort)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 4, 15), Soort.DRIE_MAANDEN),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2028, 1, 15), Soort.TWAALF_MAANDEN));
        assertThat(plan.teLaat()).isEmpty();
    }

    @Test
    void rule37_thirtyNovemberPlusThreeMonthsIsTwentyEightFebruary() {
        assertThat(Monitoringsplan.drieMaanden(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(Monitoringsplan.drieMaanden(LocalDate.of(2027, 11, 30))).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void rule37_twentyNineFebruaryPlusTwelveMonthsIsTwentyEightFebruary() {
        assertThat(Monitoringsplan.twaalfMaanden(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(Monitoringsplan.drieMaanden(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2028, 5, 29));
    }

    @Test
    void aPlannedMomentIsLateTheDayAfterItsDateWithoutAMomentAndNotOnceOneFulfilsIt() {
        LocalDate drie = Monitoringsplan.drieMaanden(START);

        assertThat(Monitoringsplan.van(START, journal, drie).teLaat()).isEmpty();
        assertThat(Monitoringsplan.van(START, journal, drie.plusDays(1)).teLaat())
                .extracting(Moment::soort)
                .containsExactly(Soort.DRIE_MAANDEN);

        schrijf(drie.plusDays(2), medewerker, Role.VT_MEDEWERKER, moment(drie.plusDays(2), drie, Mate.DEELS));
        Monitoringsplan na = Monitoringsplan.van(START, journal, drie.plusDays(2));
        assertThat(na.teLaat()).isEmpty();
        assertThat(na.momenten().getFirst().vervuld()).isEqualTo(drie.plusDays(2));
        assertThat(na.volgende()).map(Moment::soort).contains(Soort.TWAALF_MAANDEN);
    }

    @Test
    void anExtraMomentIsPlannedBetweenTheOthersAndAnUnplannedMomentFulfilsNone() {
        LocalDate extra = START.plusMonths(6);
        schrijf(START.plusDays(3), medewerker, Role.VT_MEDEWERKER, new MonitoringGepland(extra, "Na de verhuizing."));
        schrijf(START.plusDays(4), medewerker, Role.VT_MEDEWERKER, moment(START.plusDays(4), null, Mate.DEELS));

        Monitoringsplan plan = Monitoringsplan.van(START, journal, START.plusDays(4));
        assertThat(plan.momenten())
                .extracting(Moment::soort)
                .containsExactly(Soort.DRIE_MAANDEN, Soort.EXTRA, Soort.TWAALF_MAANDEN);
        assertThat(plan.momenten().get(1).reden()).isEqualTo("Na de verhuizing.");
        assertThat(plan.open()).hasSize(3);
        assertThat(plan.vastgelegd()).hasSize(1);
    }

    @Test
    void aReminderIsDueFromTheGivenNumberOfDaysBeforeAnOpenMoment() {
        LocalDate drie = Monitoringsplan.drieMaanden(START);

        assertThat(Monitoringsplan.van(START, journal, drie.minusDays(6)).herinneren(drie.minusDays(6), 5))
                .isEmpty();
        assertThat(Monitoringsplan.van(START, journal, drie.minusDays(5)).herinneren(drie.minusDays(5), 5))
                .extracting(Moment::datum)
                .containsExactly(drie);
    }

    @Test
    void entriesFromBeforeTheStartDoNotCountSoAFreshMonitoringHasAFreshPlan() {
        LocalDate eerder = START.minusMonths(5);
        schrijf(eerder, medewerker, Role.VT_MEDEWERKER, moment(eerder, eerder, Mate.JA));
        schrijf(eerder, medewerker, Role.VT_MEDEWERKER, new VervolgmeldingOntvangen(UUID.randomUUID(), Instant.now()));

        Monitoringsplan plan = Monitoringsplan.van(START, journal, START);
        assertThat(plan.vastgelegd()).isEmpty();
        assertThat(plan.vervolgmeldingen()).isEmpty();
        assertThat(plan.voorstelBezwaar()).contains("monitoring.fout.geenmoment");
    }

    @Test
    void stableSafetyMayBeProposedOnlyWhenTheLatestMomentAnsweredAllThreeQuestionsYes() {
        LocalDate drie = Monitoringsplan.drieMaanden(START);
        schrijf(drie, medewerker, Role.VT_MEDEWERKER, moment(drie, drie, Mate.JA));
        LocalDate later = drie.plusDays(20);
        Antwoord ja = new Antwoord(Mate.JA, "Ja.");
        schrijf(
                later,
                medewerker,
                Role.VT_MEDEWERKER,
                new Monitoringsmoment(
                        later, null, List.of(), "", List.of(), ja, new Antwoord(Mate.DEELS, "Nog niet."), ja));
        assertThat(Monitoringsplan.van(START, journal, later).voorstelBezwaar())
                .contains("monitoring.fout.nietstabiel");

        LocalDate nog = later.plusDays(20);
        schrijf(nog, medewerker, Role.VT_MEDEWERKER, moment(nog, null, Mate.JA));
        assertThat(Monitoringsplan.van(START, journal, nog).voorstelBezwaar()).isEmpty();
    }

    @Test
    void theConclusionIsApprovedOnlyByTheJudgementOfTheLatestProposalAndDienststandReadsIt() {
        LocalDate dag = Monitoringsplan.twaalfMaanden(START);
        schrijf(dag, medewerker, Role.VT_MEDEWERKER, moment(dag, dag, Mate.JA));
        JournalEntry<EntryPayload> eerste =
                schrijf(dag, medewerker, Role.VT_MEDEWERKER, StabieleVeiligheidVoorgesteld.of("Een jaar stabiel."));
        Monitoringsplan open = Monitoringsplan.van(START, journal, dag);
        assertThat(open.openVoorstel()).isEqualTo(eerste);
        assertThat(open.voorstelBezwaar()).contains("monitoring.fout.alvoorgesteld");
        assertThat(Dienststand.van(journal).stabieleVeiligheidGoedgekeurd()).isFalse();

        schrijf(
                dag,
                gedragswetenschapper,
                Role.GEDRAGSWETENSCHAPPER,
                StabieleVeiligheidBeoordeeld.of(eerste.id(), false, "Eerst nog een gesprek met de kinderen."));
        assertThat(Monitoringsplan.van(START, journal, dag).openVoorstel()).isNull();
        assertThat(Dienststand.van(journal).stabieleVeiligheidGoedgekeurd()).isFalse();

        JournalEntry<EntryPayload> tweede =
                schrijf(dag, medewerker, Role.VT_MEDEWERKER, StabieleVeiligheidVoorgesteld.of("Ook de kinderen."));
        schrijf(
                dag,
                gedragswetenschapper,
                Role.GEDRAGSWETENSCHAPPER,
                StabieleVeiligheidBeoordeeld.of(tweede.id(), true, ""));
        assertThat(Monitoringsplan.van(START, journal, dag).goedgekeurd()).isTrue();
        Dienststand stand = Dienststand.van(journal);
        assertThat(stand.stabieleVeiligheidGoedgekeurd()).isTrue();
        assertThat(Dienstverloop.na(ZaakStatus.MONITORING, new Overgang.StabieleVeiligheid(), stand))
                .isEqualTo(ZaakStatus.AFGESLOTEN);
    }

    @Test
    void theWorkerOfTheCaseIsTheLatestAuthorInAWorkingRole() {
        assertThat(Monitoringsplan.werker(journal)).isEmpty();
        schrijf(START, medewerker, Role.VT_MEDEWERKER, new MonitoringGepland(START.plusDays(9), "Reden."));
        schrijf(START, new UserId(UUID.randomUUID()), Role.VT_TEAMLEIDER, new MonitoringGepland(START, "Reden."));

        assertThat(Monitoringsplan.werker(journal)).contains(medewerker);
    }
}
