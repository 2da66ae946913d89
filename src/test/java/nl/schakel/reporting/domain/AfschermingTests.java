package nl.schakel.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Small-number protection of cells that add up (ADR-0032). */
class AfschermingTests {

    @Test
    void countsFromOneToFourShowAsLessThanFiveAndZeroShowsAsZero() {
        Map<String, Cel> cellen =
                Afscherming.scherm(waarden("nul", 0, "een", 1, "vier", 4, "vijf", 5, "veel", 120), List.of());
        assertThat(cellen)
                .containsEntry("nul", Cel.getal(0))
                .containsEntry("een", Cel.KLEIN)
                .containsEntry("vier", Cel.KLEIN)
                .containsEntry("vijf", Cel.getal(5))
                .containsEntry("veel", Cel.getal(120));
    }

    @Test
    void everyPartOfASmallTotalShowsAsLessThanFiveZerosIncluded() {
        Map<String, Cel> cellen = Afscherming.scherm(
                waarden("gesloten", 3, "stap1", 3, "stap2", 0, "stap3", 0),
                List.of(new Afscherming.Som<>("gesloten", List.of("stap1", "stap2", "stap3"))));
        assertThat(cellen.values()).containsOnly(Cel.KLEIN);
    }

    @Test
    void aSumWithOneHiddenPartHidesTheSmallestOtherPartToo() {
        Map<String, Cel> cellen = Afscherming.scherm(
                waarden("organisatie", 40, "groepen", 3, "onderbouw", 12, "bovenbouw", 25),
                List.of(new Afscherming.Som<>("organisatie", List.of("groepen", "onderbouw", "bovenbouw"))));
        assertThat(cellen)
                .containsEntry("groepen", Cel.KLEIN)
                .containsEntry("onderbouw", Cel.VERBORGEN)
                .containsEntry("bovenbouw", Cel.getal(25))
                .containsEntry("organisatie", Cel.getal(40));
    }

    @Test
    void hidesMoreWhenTheSumsTogetherWouldSolveAHiddenCell() {
        // x + y = a, y + z = b, x + z = c: every sum has two hidden cells, yet x = (a - b + c) / 2
        Map<String, Cel> cellen = Afscherming.scherm(
                waarden("x", 2, "y", 3, "z", 4, "a", 5, "b", 7, "c", 6),
                List.of(
                        new Afscherming.Som<>("a", List.of("x", "y")),
                        new Afscherming.Som<>("b", List.of("y", "z")),
                        new Afscherming.Som<>("c", List.of("x", "z"))));
        assertThat(cellen.values().stream().filter(c -> !c.zichtbaar())).hasSizeGreaterThan(3);
    }

    private static Map<String, Integer> waarden(Object... paren) {
        Map<String, Integer> waarden = new LinkedHashMap<>();
        for (int i = 0; i < paren.length; i += 2) {
            waarden.put((String) paren[i], (Integer) paren[i + 1]);
        }
        return waarden;
    }
}
