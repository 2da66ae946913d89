package nl.schakel.veiligthuis.web;

import org.jspecify.annotations.Nullable;

/** The form that ends an advies, as submitted. */
public record AdviesForm(
        @Nullable String uitkomst, @Nullable String toelichting) {

    static AdviesForm empty() {
        return new AdviesForm(null, null);
    }

    @Override
    public String toString() {
        return "AdviesForm[***]";
    }
}
