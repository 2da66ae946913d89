package nl.schakel.dossier.web;

import org.jspecify.annotations.Nullable;

/** The form that removes a VIR signal early, with the reason; checked by the facade. */
public record VirVerwijderForm(@Nullable String reden) {

    @Override
    public String toString() {
        return "VirVerwijderForm[***]";
    }
}
