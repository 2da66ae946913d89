package nl.schakel.organisation.web;

import org.jspecify.annotations.Nullable;

/** The form to change the labels of one code of the code list "vormen van geweld". */
public record LabelForm(
        @Nullable String wijzigCode,
        @Nullable String nieuwNl,
        @Nullable String nieuwEn) {

    public static LabelForm empty() {
        return new LabelForm(null, null, null);
    }
}
