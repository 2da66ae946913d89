package nl.schakel.reporting.domain;

import org.jspecify.annotations.Nullable;

/**
 * A figure as it may be shown: the number, or only that it is small ("< 5"), or hidden so that a small number
 * elsewhere cannot be worked out from it. A hidden cell does not hold its number.
 */
public record Cel(Zicht zicht, @Nullable Integer getal) {

    public enum Zicht {
        GETAL,
        KLEIN,
        VERBORGEN
    }

    public static Cel getal(int getal) {
        return new Cel(Zicht.GETAL, getal);
    }

    public static final Cel KLEIN = new Cel(Zicht.KLEIN, null);
    public static final Cel VERBORGEN = new Cel(Zicht.VERBORGEN, null);

    public boolean zichtbaar() {
        return zicht == Zicht.GETAL;
    }
}
