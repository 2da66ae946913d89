package nl.schakel.organisation.web;

import org.jspecify.annotations.Nullable;

/** The form to add one day to a decree already entered. */
public record DagForm(@Nullable String besluit, @Nullable String dag) {

    public static DagForm empty() {
        return new DagForm(null, null);
    }
}
