package nl.schakel.veiligthuis.web;

import org.jspecify.annotations.Nullable;

/** The safety-check form as submitted. */
public record VeiligheidscheckForm(@Nullable String bevinding) {

    static VeiligheidscheckForm empty() {
        return new VeiligheidscheckForm(null);
    }

    @Override
    public String toString() {
        return "VeiligheidscheckForm[***]";
    }
}
