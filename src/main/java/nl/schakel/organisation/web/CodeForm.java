package nl.schakel.organisation.web;

import org.jspecify.annotations.Nullable;

/** The form to add a code to the code list "vormen van geweld", or to change its labels. */
public record CodeForm(
        @Nullable String code,
        @Nullable String labelNl,
        @Nullable String labelEn,
        @Nullable String categorie) {

    public static CodeForm empty() {
        return new CodeForm(null, null, null, null);
    }
}
