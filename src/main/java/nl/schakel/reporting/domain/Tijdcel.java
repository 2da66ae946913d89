package nl.schakel.reporting.domain;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The median and the longest time dossiers spent in a step, shown only when at least {@link Afscherming#DREMPEL}
 * dossiers finished the step in the period; the longest also only when it cannot be traced to a hidden smaller
 * group. Null is hidden.
 */
public record Tijdcel(@Nullable Duration mediaan, @Nullable Duration langste) {

    public static final Tijdcel VERBORGEN = new Tijdcel(null, null);

    /** The median of the times: the middle one, or the mean of the two middle ones. */
    public static Duration mediaan(java.util.List<Duration> tijden) {
        java.util.List<Duration> gesorteerd = tijden.stream().sorted().toList();
        int n = gesorteerd.size();
        return n % 2 == 1
                ? gesorteerd.get(n / 2)
                : gesorteerd.get(n / 2 - 1).plus(gesorteerd.get(n / 2)).dividedBy(2);
    }
}
