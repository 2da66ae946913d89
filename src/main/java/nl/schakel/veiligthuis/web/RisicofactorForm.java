package nl.schakel.veiligthuis.web;

import org.jspecify.annotations.Nullable;

/** The risk factor form as submitted. */
public record RisicofactorForm(@Nullable String omschrijving) {

    static RisicofactorForm empty() {
        return new RisicofactorForm(null);
    }

    @Override
    public String toString() {
        return "RisicofactorForm[***]";
    }
}
