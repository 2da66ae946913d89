package nl.schakel.reporting.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Small-number protection of a table of counts whose cells add up in known ways (ADR-0032).
 *
 * <ol>
 *   <li>Every count from 1 to 4 shows as "< 5" ({@link Cel#KLEIN}); 0 shows as 0.
 *   <li>When the total of a group is small, each of its parts shows as "< 5", zeros included: otherwise "all of the
 *       few closed dossiers were closed in step 1" could be read off.
 *   <li>Complementary suppression: no sum may have exactly one hidden cell, or that cell is the total minus the rest.
 *       The smallest shown part of such a group is hidden too ({@link Cel#VERBORGEN} when it is 5 or more).
 *   <li>A check that no hidden cell can be solved from all sums together (Gaussian elimination over the hidden
 *       cells); while one can, another cell of one of its sums is hidden.
 * </ol>
 */
public final class Afscherming {

    /** The smallest count shown as a number. */
    public static final int DREMPEL = 5;

    private Afscherming() {}

    /** A sum: the total cell equals the sum of the part cells. */
    public record Som<K>(K totaal, List<K> delen) {}

    public static <K> Map<K, Cel> scherm(Map<K, Integer> waarden, List<Som<K>> sommen) {
        Map<K, Cel.Zicht> verborgen = new HashMap<>();
        waarden.forEach((k, v) -> {
            if (v > 0 && v < DREMPEL) {
                verborgen.put(k, Cel.Zicht.KLEIN);
            }
        });
        boolean veranderd = true;
        while (veranderd) {
            veranderd = false;
            for (Som<K> som : sommen) {
                veranderd |= kleineTotalen(som, waarden, verborgen) | aanvullen(som, waarden, verborgen);
            }
            if (!veranderd) {
                veranderd = oplosbaar(sommen, waarden, verborgen)
                        .map(som -> verberg(kleinsteZichtbaar(som, waarden, verborgen), waarden, verborgen))
                        .orElse(false);
            }
        }
        Map<K, Cel> cellen = new LinkedHashMap<>();
        waarden.forEach((k, v) -> cellen.put(
                k,
                verborgen.containsKey(k)
                        ? (verborgen.get(k) == Cel.Zicht.KLEIN ? Cel.KLEIN : Cel.VERBORGEN)
                        : Cel.getal(v)));
        return cellen;
    }

    private static <K> boolean kleineTotalen(Som<K> som, Map<K, Integer> waarden, Map<K, Cel.Zicht> verborgen) {
        if (verborgen.get(som.totaal()) != Cel.Zicht.KLEIN) {
            return false;
        }
        boolean veranderd = false;
        for (K deel : som.delen()) {
            veranderd |= verborgen.putIfAbsent(deel, Cel.Zicht.KLEIN) == null;
        }
        return veranderd;
    }

    private static <K> boolean aanvullen(Som<K> som, Map<K, Integer> waarden, Map<K, Cel.Zicht> verborgen) {
        long aantal = cellen(som).stream().filter(verborgen::containsKey).count();
        return aantal == 1 && verberg(kleinsteZichtbaar(som, waarden, verborgen), waarden, verborgen);
    }

    private static <K> Optional<K> kleinsteZichtbaar(Som<K> som, Map<K, Integer> waarden, Map<K, Cel.Zicht> verborgen) {
        Optional<K> deel =
                som.delen().stream().filter(k -> !verborgen.containsKey(k)).min(Comparator.comparing(waarden::get));
        return deel.isPresent() || verborgen.containsKey(som.totaal()) ? deel : Optional.of(som.totaal());
    }

    private static <K> boolean verberg(Optional<K> cel, Map<K, Integer> waarden, Map<K, Cel.Zicht> verborgen) {
        return cel.map(k -> verborgen.put(k, waarden.get(k) < DREMPEL ? Cel.Zicht.KLEIN : Cel.Zicht.VERBORGEN) == null)
                .orElse(false);
    }

    private static <K> List<K> cellen(Som<K> som) {
        List<K> cellen = new ArrayList<>(som.delen());
        cellen.add(som.totaal());
        return cellen;
    }

    /**
     * A sum holding a hidden cell that the sums together determine, if there is one: row-reduces the sums over the
     * hidden cells; a hidden cell is determined when a reduced row names it alone.
     */
    static <K> Optional<Som<K>> oplosbaar(List<Som<K>> sommen, Map<K, Integer> waarden, Map<K, Cel.Zicht> verborgen) {
        List<K> onbekenden = new ArrayList<>(new LinkedHashSet<>(sommen.stream()
                .flatMap(s -> cellen(s).stream())
                .filter(verborgen::containsKey)
                .toList()));
        Map<K, Integer> kolom = new HashMap<>();
        for (int i = 0; i < onbekenden.size(); i++) {
            kolom.put(onbekenden.get(i), i);
        }
        List<double[]> rijen = new ArrayList<>();
        for (Som<K> som : sommen) {
            double[] rij = new double[onbekenden.size()];
            boolean iets = false;
            for (K deel : som.delen()) {
                if (kolom.containsKey(deel)) {
                    rij[kolom.get(deel)] += 1;
                    iets = true;
                }
            }
            if (kolom.containsKey(som.totaal())) {
                rij[kolom.get(som.totaal())] -= 1;
                iets = true;
            }
            if (iets) {
                rijen.add(rij);
            }
        }
        Set<Integer> bepaald = Gauss.bepaaldeKolommen(rijen, onbekenden.size());
        for (int i : bepaald) {
            K cel = onbekenden.get(i);
            for (Som<K> som : sommen) {
                if (cellen(som).contains(cel)
                        && kleinsteZichtbaar(som, waarden, verborgen).isPresent()) {
                    return Optional.of(som);
                }
            }
        }
        return Optional.empty();
    }
}
