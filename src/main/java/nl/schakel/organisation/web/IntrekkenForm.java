package nl.schakel.organisation.web;

import org.jspecify.annotations.Nullable;

/** The form to withdraw a decree's day entered by mistake, with the reason. */
public record IntrekkenForm(
        @Nullable String keuze, @Nullable String reden) {

    public static IntrekkenForm empty() {
        return new IntrekkenForm(null, null);
    }
}
