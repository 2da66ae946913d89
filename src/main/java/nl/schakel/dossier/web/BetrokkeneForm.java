package nl.schakel.dossier.web;

import org.jspecify.annotations.Nullable;

/** The form for a new dossier with its first betrokkene; strings as typed, checked by the facade. */
public record BetrokkeneForm(
        @Nullable String naam,
        @Nullable String geboortedatum,
        @Nullable String bsn,
        @Nullable String relatie) {

    public static BetrokkeneForm empty() {
        return new BetrokkeneForm(null, null, null, null);
    }

    @Override
    public String toString() {
        return "BetrokkeneForm[***]";
    }
}
