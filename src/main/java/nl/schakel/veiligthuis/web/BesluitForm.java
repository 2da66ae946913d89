package nl.schakel.veiligthuis.web;

import org.jspecify.annotations.Nullable;

/** The form proposing the besluit after the veiligheidsbeoordeling, as submitted. */
public record BesluitForm(
        @Nullable String besluit, @Nullable String motivering) {

    static BesluitForm empty() {
        return new BesluitForm(null, null);
    }

    @Override
    public String toString() {
        return "BesluitForm[***]";
    }
}
