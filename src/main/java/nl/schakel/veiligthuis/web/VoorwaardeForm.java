package nl.schakel.veiligthuis.web;

import org.jspecify.annotations.Nullable;

/**
 * A new veiligheidsvoorwaarde, or a change of one, as submitted: the sentence, whom it concerns, how and by whom it is
 * checked, and for a change the reason. There is no field naming an existing voorwaarde: a voorwaarde is never
 * changed in place.
 */
public record VoorwaardeForm(
        @Nullable String tekst,
        @Nullable String betreft,
        @Nullable String controle,
        @Nullable String reden) {

    static VoorwaardeForm empty() {
        return new VoorwaardeForm(null, null, null, null);
    }

    @Override
    public String toString() {
        return "VoorwaardeForm[***]";
    }
}
