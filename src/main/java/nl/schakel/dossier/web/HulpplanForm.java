package nl.schakel.dossier.web;

import org.jspecify.annotations.Nullable;

/** The form for the hulpplan; strings as typed, checked by the facade. */
public record HulpplanForm(
        @Nullable String plan,
        @Nullable String wie,
        @Nullable String herbeoordeling) {

    public static HulpplanForm empty() {
        return new HulpplanForm(null, null, null);
    }

    @Override
    public String toString() {
        return "HulpplanForm[***]";
    }
}
