package nl.schakel.shared.kalender;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The days equated with a general holiday by decree (Algemene termijnenwet, art. 3 (3)), as they stand at one version
 * of the list. A year with at least one decree day is covered by a decree: only the decrees count for it. A year
 * without one gets the days of the {@link Gelijkstellingsregel}, marked expected. Immutable.
 */
public final class Gelijkstellingen {

    /** No decree known: every year follows the rule. */
    public static final Gelijkstellingen GEEN = new Gelijkstellingen(Map.of(), 0);

    private final Map<LocalDate, String> besluitdagen;
    private final Set<Integer> jarenMetBesluit;
    private final long versie;

    private Gelijkstellingen(Map<LocalDate, String> besluitdagen, long versie) {
        this.besluitdagen = Map.copyOf(besluitdagen);
        this.jarenMetBesluit =
                besluitdagen.keySet().stream().map(LocalDate::getYear).collect(Collectors.toUnmodifiableSet());
        this.versie = versie;
    }

    /**
     * The list of the given decree days; a day in two decrees keeps the first decree's name.
     *
     * @param versie the version of the stored list these days are (grows with every change)
     */
    public static Gelijkstellingen van(Collection<Gelijkstelling> dagen, long versie) {
        return new Gelijkstellingen(
                dagen.stream()
                        .collect(Collectors.toMap(
                                Gelijkstelling::dag, Gelijkstelling::besluit, (eerste, tweede) -> eerste)),
                versie);
    }

    public long versie() {
        return versie;
    }

    /** Whether a decree covers the year: at least one of its days falls in it. */
    public boolean dektJaar(int jaar) {
        return jarenMetBesluit.contains(jaar);
    }

    /** The equated day this date is, by decree or (in a year no decree covers) by the rule; empty otherwise. */
    public Optional<VrijeDag> gelijkgesteld(LocalDate dag) {
        String besluit = besluitdagen.get(dag);
        if (besluit != null) {
            return Optional.of(new VrijeDag(dag, Feestdag.GELIJKGESTELD, Bron.BESLUIT, besluit));
        }
        if (dektJaar(dag.getYear())
                || !Gelijkstellingsregel.dagen(dag.getYear()).contains(dag)) {
            return Optional.empty();
        }
        return Optional.of(new VrijeDag(dag, Feestdag.GELIJKGESTELD, Bron.VERWACHT, null));
    }
}
