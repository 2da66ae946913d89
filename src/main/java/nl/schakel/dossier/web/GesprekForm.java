package nl.schakel.dossier.web;

import static nl.schakel.shared.FormValues.name;
import static nl.schakel.shared.FormValues.string;

import nl.schakel.dossier.domain.Gesprek;
import nl.schakel.shared.FormValues;
import org.jspecify.annotations.Nullable;

/** The form for the gesprek met de cliënt; strings as typed, checked by {@link Gesprek#of}. */
public record GesprekForm(
        @Nullable String gevoerd,
        @Nullable String datum,
        @Nullable String metWie,
        @Nullable String besproken,
        @Nullable String reactie,
        @Nullable String reden,
        @Nullable String toelichting,
        @Nullable String alsnog) {

    public static GesprekForm empty() {
        return new GesprekForm(null, null, null, null, null, null, null, null);
    }

    static GesprekForm of(Gesprek g) {
        return new GesprekForm(
                FormValues.yesNoText(g.gevoerd()),
                string(g.datum()),
                g.metWie(),
                g.besproken(),
                g.reactie(),
                name(g.reden()),
                g.toelichting(),
                FormValues.yesNoText(g.alsnog()));
    }

    @Override
    public String toString() {
        return "GesprekForm[***]";
    }
}
