package nl.schakel.veiligthuis.domain;

import static nl.schakel.veiligthuis.domain.ZaakStatus.ADVIES;
import static nl.schakel.veiligthuis.domain.ZaakStatus.ADVIES_AFGEROND;
import static nl.schakel.veiligthuis.domain.ZaakStatus.AFGESLOTEN;
import static nl.schakel.veiligthuis.domain.ZaakStatus.BESLUIT_VOORGESTELD;
import static nl.schakel.veiligthuis.domain.ZaakStatus.MONITORING;
import static nl.schakel.veiligthuis.domain.ZaakStatus.ONDERZOEK;
import static nl.schakel.veiligthuis.domain.ZaakStatus.OVERDRACHT;
import static nl.schakel.veiligthuis.domain.ZaakStatus.OVERDRACHT_NA_VEILIGHEIDSBEOORDELING;
import static nl.schakel.veiligthuis.domain.ZaakStatus.VEILIGHEIDSBEOORDELING;
import static nl.schakel.veiligthuis.domain.ZaakStatus.VERZOEK_RAAD;
import static nl.schakel.veiligthuis.domain.ZaakStatus.VOORWAARDEN_EN_VERVOLG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.schakel.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every move of the services' state machine, allowed and forbidden: each state against each move (with every besluit
 * and both answers), compared with the protocol's table below.
 */
class DienstverloopTests {

    /** All that is done, so that only the state decides. */
    private static final Dienststand ALLES = new Dienststand(2, true, true, true);

    /** Every move the model knows, with each value its parameters can take. */
    private static List<Overgang> alleOvergangen() {
        List<Overgang> alle = new ArrayList<>(List.of(
                new Overgang.AdviesAfronden(),
                new Overgang.OmzettenInMelding(),
                new Overgang.BesluitVoorstellen(),
                new Overgang.BesluitAfwijzen(),
                new Overgang.NaarOverdracht(),
                new Overgang.OnderzoekAfronden(true),
                new Overgang.OnderzoekAfronden(false),
                new Overgang.RaadVragen(),
                new Overgang.RaadAntwoord(true),
                new Overgang.RaadAntwoord(false),
                new Overgang.OverdrachtAanvaard(),
                new Overgang.StabieleVeiligheid(),
                new Overgang.NieuweVeiligheidsbeoordeling()));
        for (Besluit b : Besluit.values()) {
            alle.add(new Overgang.BesluitGoedkeuren(b));
        }
        return alle;
    }

    /** The protocol's allowed moves: from, move, to. Everything not here is forbidden. */
    private static final Map<String, ZaakStatus> TOEGESTAAN = new LinkedHashMap<>();

    private static void mag(ZaakStatus van, Overgang o, ZaakStatus naar) {
        TOEGESTAAN.put(van + " " + o, naar);
    }

    static {
        mag(ADVIES, new Overgang.AdviesAfronden(), ADVIES_AFGEROND);
        mag(ADVIES, new Overgang.OmzettenInMelding(), VEILIGHEIDSBEOORDELING);
        mag(VEILIGHEIDSBEOORDELING, new Overgang.BesluitVoorstellen(), BESLUIT_VOORGESTELD);
        mag(BESLUIT_VOORGESTELD, new Overgang.BesluitAfwijzen(), VEILIGHEIDSBEOORDELING);
        mag(
                BESLUIT_VOORGESTELD,
                new Overgang.BesluitGoedkeuren(Besluit.OVERDRACHT_NA_VEILIGHEIDSBEOORDELING),
                OVERDRACHT_NA_VEILIGHEIDSBEOORDELING);
        mag(
                BESLUIT_VOORGESTELD,
                new Overgang.BesluitGoedkeuren(Besluit.VOORWAARDEN_EN_VERVOLG),
                VOORWAARDEN_EN_VERVOLG);
        mag(BESLUIT_VOORGESTELD, new Overgang.BesluitGoedkeuren(Besluit.ONDERZOEK), ONDERZOEK);
        mag(BESLUIT_VOORGESTELD, new Overgang.BesluitGoedkeuren(Besluit.VERZOEK_ONDERZOEK_RAAD), VERZOEK_RAAD);
        mag(BESLUIT_VOORGESTELD, new Overgang.BesluitGoedkeuren(Besluit.EINDE_BEMOEIENIS), AFGESLOTEN);
        mag(VOORWAARDEN_EN_VERVOLG, new Overgang.NaarOverdracht(), OVERDRACHT);
        mag(ONDERZOEK, new Overgang.OnderzoekAfronden(true), OVERDRACHT);
        mag(ONDERZOEK, new Overgang.OnderzoekAfronden(false), AFGESLOTEN);
        mag(ONDERZOEK, new Overgang.RaadVragen(), VERZOEK_RAAD);
        mag(VERZOEK_RAAD, new Overgang.RaadAntwoord(true), OVERDRACHT);
        mag(VERZOEK_RAAD, new Overgang.RaadAntwoord(false), ONDERZOEK);
        mag(OVERDRACHT_NA_VEILIGHEIDSBEOORDELING, new Overgang.OverdrachtAanvaard(), AFGESLOTEN);
        mag(OVERDRACHT, new Overgang.OverdrachtAanvaard(), MONITORING);
        mag(MONITORING, new Overgang.StabieleVeiligheid(), AFGESLOTEN);
        for (ZaakStatus van :
                List.of(OVERDRACHT_NA_VEILIGHEIDSBEOORDELING, VOORWAARDEN_EN_VERVOLG, OVERDRACHT, MONITORING)) {
            mag(van, new Overgang.NieuweVeiligheidsbeoordeling(), VEILIGHEIDSBEOORDELING);
        }
    }

    static Stream<Arguments> elkeToestandEnOvergang() {
        return Stream.of(ZaakStatus.values())
                .flatMap(s -> alleOvergangen().stream().map(o -> Arguments.of(s, o)));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("elkeToestandEnOvergang")
    void everyMoveIsAllowedExactlyWhereTheProtocolAllowsIt(ZaakStatus van, Overgang overgang) {
        ZaakStatus verwacht = TOEGESTAAN.get(van + " " + overgang);
        if (verwacht != null) {
            assertThat(Dienstverloop.na(van, overgang, ALLES)).isEqualTo(verwacht);
            assertThat(Dienstverloop.mag(van, overgang, ALLES)).isTrue();
        } else {
            assertThat(Dienstverloop.mag(van, overgang, ALLES)).isFalse();
            assertThatThrownBy(() -> Dienstverloop.na(van, overgang, ALLES))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsEntry("", Dienstverloop.FOUT_OVERGANG));
        }
    }

    @Test
    void theTableCoversEveryAllowedMoveOnce() {
        long toegestaan = elkeToestandEnOvergang()
                .filter(a -> Dienstverloop.mag((ZaakStatus) a.get()[0], (Overgang) a.get()[1], ALLES))
                .count();
        assertThat(toegestaan).isEqualTo(TOEGESTAAN.size());
    }

    @Test
    void rule36_afterOverdrachtNaVeiligheidsbeoordelingNoMonitoringFollows() {
        assertThat(Dienstverloop.na(OVERDRACHT_NA_VEILIGHEIDSBEOORDELING, new Overgang.OverdrachtAanvaard(), ALLES))
                .isEqualTo(AFGESLOTEN);
        assertThat(Dienstverloop.monitoringVolgt(OVERDRACHT_NA_VEILIGHEIDSBEOORDELING))
                .isFalse();
        assertThat(Dienstverloop.vanWaar(new Overgang.OverdrachtAanvaard()))
                .containsExactly(OVERDRACHT_NA_VEILIGHEIDSBEOORDELING, OVERDRACHT);
    }

    @Test
    void rule37_voorwaardenEnVervolgAndOnderzoekLeadThroughTheOverdrachtToMonitoring() {
        ZaakStatus na = Dienstverloop.na(VOORWAARDEN_EN_VERVOLG, new Overgang.NaarOverdracht(), ALLES);
        assertThat(Dienstverloop.na(na, new Overgang.OverdrachtAanvaard(), ALLES))
                .isEqualTo(MONITORING);
        na = Dienstverloop.na(ONDERZOEK, new Overgang.OnderzoekAfronden(true), ALLES);
        assertThat(Dienstverloop.na(na, new Overgang.OverdrachtAanvaard(), ALLES))
                .isEqualTo(MONITORING);
        assertThat(Dienstverloop.monitoringVolgt(VOORWAARDEN_EN_VERVOLG)).isTrue();
        assertThat(Dienstverloop.monitoringVolgt(ONDERZOEK)).isTrue();
    }

    @Test
    void rule38_monitoringStartsOnlyAfterAnAcceptedOverdracht() {
        Dienststand nietAanvaard = new Dienststand(1, true, false, false);
        assertThatThrownBy(() -> Dienstverloop.na(OVERDRACHT, new Overgang.OverdrachtAanvaard(), nietAanvaard))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("", "dienst.fout.nietaanvaard"));
        assertThat(Dienstverloop.vanWaar(new Overgang.OverdrachtAanvaard())).doesNotContain(VOORWAARDEN_EN_VERVOLG);
        assertThat(Stream.of(ZaakStatus.values())
                        .filter(s -> alleOvergangen().stream()
                                .anyMatch(o ->
                                        Dienstverloop.mag(s, o, ALLES) && Dienstverloop.na(s, o, ALLES) == MONITORING)))
                .containsExactly(OVERDRACHT);
    }

    @Test
    void voorwaardenEnVervolgHandsOverOnlyOnceAVeiligheidsvoorwaardeIsSet() {
        assertThat(Dienstverloop.waarom(VOORWAARDEN_EN_VERVOLG, new Overgang.NaarOverdracht(), Dienststand.LEEG))
                .contains("dienst.fout.geenvoorwaarden");
        assertThat(Dienstverloop.na(
                        VOORWAARDEN_EN_VERVOLG, new Overgang.NaarOverdracht(), new Dienststand(1, false, false, false)))
                .isEqualTo(OVERDRACHT);
    }

    @Test
    void anOnderzoekEndsOnlyWithItsReportAndAFollowUpNeedsVoorwaarden() {
        assertThat(Dienstverloop.waarom(ONDERZOEK, new Overgang.OnderzoekAfronden(false), Dienststand.LEEG))
                .contains("dienst.fout.geenrapport");
        Dienststand gerapporteerd = new Dienststand(0, true, false, false);
        assertThat(Dienstverloop.waarom(ONDERZOEK, new Overgang.OnderzoekAfronden(true), gerapporteerd))
                .contains("dienst.fout.geenvoorwaarden");
        assertThat(Dienstverloop.na(ONDERZOEK, new Overgang.OnderzoekAfronden(false), gerapporteerd))
                .isEqualTo(AFGESLOTEN);
    }

    @Test
    void monitoringEndsOnlyWithAnApprovedConclusionOfStableSafety() {
        assertThat(Dienstverloop.waarom(
                        MONITORING, new Overgang.StabieleVeiligheid(), new Dienststand(1, true, true, false)))
                .contains("dienst.fout.geenconclusie");
        assertThat(Dienstverloop.na(MONITORING, new Overgang.StabieleVeiligheid(), ALLES))
                .isEqualTo(AFGESLOTEN);
    }

    @Test
    void aMoveThatDoesNotFitIsRefusedBeforeItsConditions() {
        assertThat(Dienstverloop.waarom(MONITORING, new Overgang.NaarOverdracht(), Dienststand.LEEG))
                .contains(Dienstverloop.FOUT_OVERGANG);
    }

    @ParameterizedTest
    @EnumSource(ZaakStatus.class)
    void everyCaseCanReachAnEnd(ZaakStatus start) {
        Set<ZaakStatus> bereikt = EnumSet.of(start);
        ArrayDeque<ZaakStatus> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            ZaakStatus s = todo.pop();
            for (Overgang o : alleOvergangen()) {
                if (Dienstverloop.mag(s, o, ALLES) && bereikt.add(Dienstverloop.na(s, o, ALLES))) {
                    todo.push(Dienstverloop.na(s, o, ALLES));
                }
            }
        }
        assertThat(bereikt).containsAnyOf(AFGESLOTEN, ADVIES_AFGEROND);
    }

    @ParameterizedTest
    @EnumSource(
            value = ZaakStatus.class,
            names = {"AFGESLOTEN", "ADVIES_AFGEROND"})
    void aClosedCaseOrFinishedAdviesMovesNoMore(ZaakStatus eind) {
        assertThat(Dienstverloop.eindtoestand(eind)).isTrue();
        assertThat(alleOvergangen()).noneMatch(o -> Dienstverloop.mag(eind, o, ALLES));
    }

    @Test
    void theBesluitLeadsToTheStateItNames() {
        for (Besluit b : Besluit.values()) {
            assertThat(Dienstverloop.na(BESLUIT_VOORGESTELD, new Overgang.BesluitGoedkeuren(b), Dienststand.LEEG))
                    .isEqualTo(b.volgende());
        }
    }
}
