package nl.schakel.dossier.web;

import static nl.schakel.shared.FormValues.name;

import nl.schakel.dossier.domain.Mantelzorgcheck;
import org.jspecify.annotations.Nullable;

/** The form for a mantelzorgcheck; strings as typed, checked by {@link Mantelzorgcheck#of}. */
public record MantelzorgcheckForm(
        @Nullable String zorgrelatie,
        @Nullable String wie,
        @Nullable String signalen,
        @Nullable String uitkomst) {

    public static MantelzorgcheckForm empty() {
        return new MantelzorgcheckForm(null, null, null, null);
    }

    static MantelzorgcheckForm of(Mantelzorgcheck m) {
        return new MantelzorgcheckForm(name(m.zorgrelatie()), m.wie(), m.signalen(), name(m.uitkomst()));
    }

    @Override
    public String toString() {
        return "MantelzorgcheckForm[***]";
    }
}
