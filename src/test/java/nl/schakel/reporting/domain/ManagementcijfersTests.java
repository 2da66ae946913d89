package nl.schakel.reporting.domain;

import static nl.schakel.reporting.domain.Verlopen.ZONE;
import static nl.schakel.reporting.domain.Verlopen.dossier;
import static nl.schakel.reporting.domain.Verlopen.op;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The figures of a seeded year, against counts this test makes itself from the same rows. */
class ManagementcijfersTests {

    private static final LocalDate VANDAAG = LocalDate.of(2027, 2, 1);
    private final UUID groepen = UUID.randomUUID();
    private final UUID onderbouw = UUID.randomUUID();
    private final UUID bovenbouw = UUID.randomUUID();
    private final List<UUID> teams = List.of(groepen, onderbouw, bovenbouw);
    private final List<DossierVerloop> dossiers = Verlopen.jaar(2026, teams, 400, 13);
    private final Managementcijfers cijfers =
            Managementcijfers.bereken(2026, teams, dossiers, List.of(), ZONE, VANDAAG);

    @Test
    void countsOpenedClosedPerStepOutcomesMeldingenAndKindchecksOfEveryPeriodAndTeam() {
        int vergeleken = 0;
        for (Eenheid e : cijfers.eenheden()) {
            for (Periode p : Periode.vanJaar(2026)) {
                List<DossierVerloop> van =
                        dossiers.stream().filter(d -> e.omvat(d.team())).toList();
                vergeleken += vergelijk(e, p, Kengetal.GEOPEND, tel(van, d -> in(p, d.geopendOp())));
                vergeleken += vergelijk(e, p, Kengetal.GESLOTEN, tel(van, d -> in(p, d.geslotenOp())));
                for (int stap = 1; stap <= 5; stap++) {
                    int s = stap;
                    vergeleken += vergelijk(
                            e,
                            p,
                            Kengetal.geslotenInStap(stap),
                            tel(van, d -> in(p, d.geslotenOp()) && d.geslotenInStap() == s));
                }
                vergeleken += vergelijk(
                        e, p, Kengetal.UITKOMST_MELDING, tel(van, d -> in(p, d.geslotenOp()) && d.meldingOp() != null));
                vergeleken += vergelijk(
                        e,
                        p,
                        Kengetal.UITKOMST_HULP,
                        tel(van, d -> in(p, d.geslotenOp()) && d.meldingOp() == null && d.hulpplanOp() != null));
                vergeleken += vergelijk(
                        e,
                        p,
                        Kengetal.UITKOMST_AFGESLOTEN,
                        tel(van, d -> in(p, d.geslotenOp()) && d.meldingOp() == null && d.hulpplanOp() == null));
                vergeleken += vergelijk(e, p, Kengetal.MELDINGEN, tel(van, d -> in(p, d.meldingOp())));
                vergeleken += vergelijk(e, p, Kengetal.KINDCHECKS, tel(van, d -> in(p, d.kindcheckOp())));
            }
        }
        assertThat(vergeleken).as("figures shown as a number and checked").isGreaterThan(200);
    }

    @Test
    void showsTheMedianAndLongestTimeInAStepOnlyFromFiveDossiers() {
        List<DossierVerloop> vijf = new ArrayList<>();
        int[] dagen = {1, 2, 3, 4, 10};
        for (int d : dagen) {
            Instant stap1 = op(LocalDate.of(2026, 3, 2), 9);
            vijf.add(dossier(groepen, LocalDate.of(2026, 3, 2))
                    .stap(1, stap1)
                    .stap(2, stap1.plus(Duration.ofDays(d)))
                    .bouw());
        }
        Managementcijfers metVijf = Managementcijfers.bereken(2026, List.of(groepen), vijf, List.of(), ZONE, VANDAAG);
        Tijdcel maart = metVijf.tijd(Eenheid.team(groepen), Periode.maand(2026, 3), 1);
        assertThat(maart.mediaan()).isEqualTo(Duration.ofDays(3));
        assertThat(maart.langste()).isEqualTo(Duration.ofDays(10));

        Managementcijfers metVier =
                Managementcijfers.bereken(2026, List.of(groepen), vijf.subList(0, 4), List.of(), ZONE, VANDAAG);
        assertThat(metVier.tijd(Eenheid.team(groepen), Periode.maand(2026, 3), 1))
                .isEqualTo(Tijdcel.VERBORGEN);
    }

    @Test
    void hidesTheOrganisationsLongestTimeWhenItBelongsToAHiddenTeam() {
        List<DossierVerloop> rijen = new ArrayList<>();
        for (int d = 1; d <= 5; d++) {
            rijen.add(metStap1Van(groepen, d));
        }
        rijen.add(metStap1Van(onderbouw, 20));
        Managementcijfers c =
                Managementcijfers.bereken(2026, List.of(groepen, onderbouw), rijen, List.of(), ZONE, VANDAAG);
        Periode maart = Periode.maand(2026, 3);
        assertThat(c.tijd(Eenheid.team(onderbouw), maart, 1)).isEqualTo(Tijdcel.VERBORGEN);
        assertThat(c.tijd(Eenheid.ORGANISATIE, maart, 1).mediaan())
                .isEqualTo(Duration.ofDays(3).plusHours(12));
        assertThat(c.tijd(Eenheid.ORGANISATIE, maart, 1).langste())
                .as("20 days is the one dossier of the onderbouw")
                .isNull();
    }

    @Test
    void countsFollowUpsOverdueOnTheLastDayOfThePeriodOrToday() {
        LocalDate plan = LocalDate.of(2026, 1, 5);
        List<DossierVerloop> rijen = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rijen.add(dossier(groepen, plan)
                    .hulpplan(op(plan, 12), LocalDate.of(2026, 2, 1))
                    .bouw());
        }
        // re-evaluated in time, closed before the date, and due only on the last day: none of these is overdue
        rijen.add(dossier(groepen, plan)
                .hulpplan(op(plan, 12), LocalDate.of(2026, 2, 1))
                .herbeoordeeld(op(LocalDate.of(2026, 1, 30), 9))
                .bouw());
        rijen.add(dossier(groepen, plan)
                .hulpplan(op(plan, 12), LocalDate.of(2026, 2, 1))
                .gesloten(op(LocalDate.of(2026, 1, 31), 9), 4)
                .bouw());
        rijen.add(dossier(groepen, plan)
                .hulpplan(op(plan, 12), LocalDate.of(2026, 2, 28))
                .bouw());
        Managementcijfers c =
                Managementcijfers.bereken(2026, List.of(groepen), rijen, List.of(), ZONE, LocalDate.of(2026, 2, 15));
        Eenheid team = Eenheid.team(groepen);
        assertThat(c.cel(team, Periode.maand(2026, 1), Kengetal.HULP_ACHTERSTALLIG))
                .isEqualTo(Cel.getal(0));
        assertThat(c.cel(team, Periode.maand(2026, 2), Kengetal.HULP_ACHTERSTALLIG))
                .as("counted on today, 15 February")
                .isEqualTo(Cel.getal(6));
        assertThat(c.cel(team, Periode.maand(2026, 3), Kengetal.HULP_ACHTERSTALLIG))
                .as("a month that has not begun")
                .isEqualTo(Cel.getal(0));
    }

    @Test
    void countsVirSignalsActiveOnSomeDayOfThePeriod() {
        List<VirSignaal> signalen = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            signalen.add(new VirSignaal(groepen, op(LocalDate.of(2026, 1, 20), 9), op(LocalDate.of(2026, 3, 1), 9)));
        }
        signalen.add(new VirSignaal(groepen, op(LocalDate.of(2026, 2, 10), 9), null));
        Managementcijfers c = Managementcijfers.bereken(2026, List.of(groepen), List.of(), signalen, ZONE, VANDAAG);
        Eenheid team = Eenheid.team(groepen);
        assertThat(c.cel(team, Periode.maand(2026, 1), Kengetal.VIR_ACTIEF)).isEqualTo(Cel.getal(5));
        assertThat(c.cel(team, Periode.maand(2026, 2), Kengetal.VIR_ACTIEF)).isEqualTo(Cel.getal(6));
        assertThat(c.cel(team, Periode.maand(2026, 3), Kengetal.VIR_ACTIEF)).isEqualTo(Cel.getal(6));
        assertThat(c.cel(team, Periode.maand(2026, 4), Kengetal.VIR_ACTIEF)).isEqualTo(Cel.KLEIN);
    }

    private DossierVerloop metStap1Van(UUID team, int dagen) {
        Instant geopend = op(LocalDate.of(2026, 3, 2), 9);
        return dossier(team, LocalDate.of(2026, 3, 2))
                .stap(2, geopend.plus(Duration.ofDays(dagen)))
                .bouw();
    }

    /** A shown number must be the count; a count from 1 to 4 must never show. Returns 1 when a number was shown. */
    private int vergelijk(Eenheid e, Periode p, Kengetal k, int verwacht) {
        Cel cel = cijfers.cel(e, p, k);
        if (verwacht > 0 && verwacht < 5) {
            assertThat(cel.zichtbaar())
                    .as("%s %s %s = %d", e, p.code(), k, verwacht)
                    .isFalse();
        }
        if (cel.zichtbaar()) {
            assertThat(cel.getal()).as("%s %s %s", e.code(), p.code(), k).isEqualTo(verwacht);
            return 1;
        }
        return 0;
    }

    private static int tel(List<DossierVerloop> dossiers, Predicate<DossierVerloop> telt) {
        return (int) dossiers.stream().filter(telt).count();
    }

    private static boolean in(Periode p, @Nullable Instant moment) {
        if (moment == null) {
            return false;
        }
        LocalDate dag = moment.atZone(ZONE).toLocalDate();
        return !dag.isBefore(p.van()) && dag.isBefore(p.tot());
    }
}
