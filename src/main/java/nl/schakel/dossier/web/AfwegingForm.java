package nl.schakel.dossier.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The form for an afweging or a beslissing; strings as typed, checked by the facade.
 *
 * @param antwoord "ja" or "nee"
 * @param vereisten the names of the requirements for adequate help that are met
 * @param wijzigreden why an earlier answer is changed (only when changing)
 * @param onveiligheid for afweging 2 = ja: the name of the kind of unsafety (acute, structurele or both)
 */
public record AfwegingForm(
        @Nullable String nummer,
        @Nullable String antwoord,
        @Nullable String reden,
        @Nullable List<String> vereisten,
        @Nullable String afspraken,
        @Nullable String wijzigreden,
        @Nullable String onveiligheid) {

    public static AfwegingForm empty() {
        return new AfwegingForm(null, null, null, null, null, null, null);
    }

    public boolean chosen(String vereiste) {
        return vereisten != null && vereisten.contains(vereiste);
    }

    public String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    @Override
    public String toString() {
        return "AfwegingForm[***]";
    }
}
