package nl.schakel.reporting.domain;

import static nl.schakel.reporting.domain.Verlopen.ZONE;
import static nl.schakel.reporting.domain.Verlopen.dossier;
import static nl.schakel.reporting.domain.Verlopen.op;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Tries to single out one case by combining what the pages and the export show for every choice of period and team,
 * and fails: the onderbouw has one dossier, opened, closed in step 5 with a melding and a kindcheck in March.
 */
class EnkeleCasusTests {

    private static final LocalDate VANDAAG = LocalDate.of(2027, 1, 10);
    private final UUID groepen = UUID.randomUUID();
    private final UUID onderbouw = UUID.randomUUID();
    private final Managementcijfers cijfers =
            Managementcijfers.bereken(2026, List.of(groepen, onderbouw), dossiers(), List.of(), ZONE, VANDAAG);

    private List<DossierVerloop> dossiers() {
        List<DossierVerloop> dossiers = new ArrayList<>(Verlopen.jaar(2026, List.of(groepen), 300, 7));
        LocalDate maart = LocalDate.of(2026, 3, 10);
        dossiers.add(dossier(onderbouw, maart)
                .stap(1, op(maart, 10))
                .stap(5, op(maart, 11))
                .kindcheck(op(maart, 11))
                .melding(op(maart, 12))
                .gesloten(op(maart, 13), 5)
                .bouw());
        return dossiers;
    }

    @Test
    void theWholeOrganisationMinusTheOtherTeamsDoesNotRevealTheOneCase() {
        for (Periode p : Periode.vanJaar(2026)) {
            for (Kengetal k : Kengetal.values()) {
                List<Eenheid> anderen = cijfers.eenheden().stream()
                        .filter(e -> e != Eenheid.ORGANISATIE && !e.equals(Eenheid.team(onderbouw)))
                        .toList();
                boolean anderenGetoond =
                        anderen.stream().allMatch(e -> getal(e, p, k).isPresent());
                assertThat(getal(Eenheid.ORGANISATIE, p, k).isPresent()
                                && anderenGetoond
                                && getal(Eenheid.team(onderbouw), p, k).isEmpty())
                        .as(
                                "organisation and the other teams all shown for %s %s while the onderbouw is hidden",
                                p.code(), k)
                        .isFalse();
            }
        }
    }

    @Test
    void adjacentPeriodsDoNotRevealTheOneCase() {
        Eenheid team = Eenheid.team(onderbouw);
        for (Periode p : Periode.vanJaar(2026)) {
            for (List<Periode> delen : p.opdelingen()) {
                for (Kengetal k : Kengetal.values()) {
                    if (!k.stroom()) {
                        continue;
                    }
                    long verborgen = delen.stream()
                            .filter(d -> getal(team, d, k).isEmpty())
                            .count();
                    boolean geheelGetoond = getal(team, p, k).isPresent();
                    assertThat(geheelGetoond && verborgen == 1)
                            .as("%s of %s shown while exactly one of its parts is hidden", k, p.code())
                            .isFalse();
                    // and the organisation's quarter minus its shown months, for the same reason
                    long verborgenHeel = delen.stream()
                            .filter(d -> getal(Eenheid.ORGANISATIE, d, k).isEmpty())
                            .count();
                    assertThat(getal(Eenheid.ORGANISATIE, p, k).isPresent() && verborgenHeel == 1)
                            .isFalse();
                }
            }
        }
    }

    @Test
    void everyFigureOfTheOneCaseStaysHiddenWhateverIsCombined() {
        Periode maart = Periode.maand(2026, 3);
        for (Kengetal k : List.of(
                Kengetal.GEOPEND,
                Kengetal.GESLOTEN,
                Kengetal.GESLOTEN_STAP_5,
                Kengetal.UITKOMST_MELDING,
                Kengetal.MELDINGEN,
                Kengetal.KINDCHECKS)) {
            assertThat(cijfers.cel(Eenheid.team(onderbouw), maart, k).zichtbaar())
                    .isFalse();
            assertThat(afleidbaar(Eenheid.team(onderbouw), maart, k))
                    .as("%s of the onderbouw in March worked out from shown cells", k)
                    .isEmpty();
        }
    }

    @Test
    void theStepsAndOutcomesOfAClosedTotalDoNotRevealOneHiddenCell() {
        for (Eenheid e : cijfers.eenheden()) {
            for (Periode p : Periode.vanJaar(2026)) {
                for (List<Kengetal> delen : Kengetal.opdelingenVanGesloten()) {
                    long verborgen =
                            delen.stream().filter(k -> getal(e, p, k).isEmpty()).count();
                    assertThat(getal(e, p, Kengetal.GESLOTEN).isPresent() && verborgen == 1)
                            .isFalse();
                }
            }
        }
    }

    /** What an attacker gets from one sum in which every other cell is shown: the total minus the rest. */
    private Optional<Integer> afleidbaar(Eenheid e, Periode p, Kengetal k) {
        List<Optional<Integer>> pogingen = new ArrayList<>();
        pogingen.add(verschil(
                getal(Eenheid.ORGANISATIE, p, k),
                cijfers.eenheden().stream()
                        .filter(ander -> ander != Eenheid.ORGANISATIE && !ander.equals(e))
                        .map(ander -> getal(ander, p, k))
                        .toList()));
        pogingen.add(verschil(
                getal(e, Periode.kwartaal(2026, 1), k),
                List.of(getal(e, Periode.maand(2026, 1), k), getal(e, Periode.maand(2026, 2), k))));
        return pogingen.stream().flatMap(Optional::stream).findFirst();
    }

    private static Optional<Integer> verschil(Optional<Integer> totaal, List<Optional<Integer>> rest) {
        if (totaal.isEmpty() || rest.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(
                totaal.get() - rest.stream().mapToInt(Optional::orElseThrow).sum());
    }

    private Optional<Integer> getal(Eenheid e, Periode p, Kengetal k) {
        Cel cel = cijfers.cel(e, p, k);
        return cel.zichtbaar() ? Optional.ofNullable(cel.getal()) : Optional.empty();
    }
}
