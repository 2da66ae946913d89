package nl.schakel.dossier.web;

import static nl.schakel.shared.FormValues.string;

import nl.schakel.dossier.domain.MedewerkerRoute;
import nl.schakel.shared.FormValues;
import org.jspecify.annotations.Nullable;

/** The form for the employee-offence route; strings as typed, checked by {@link MedewerkerRoute#of}. */
public record MedewerkerRouteForm(
        @Nullable String houderGeinformeerd,
        @Nullable String inspecteurGeraadpleegd,
        @Nullable String inspecteurAdvies,
        @Nullable String aangifte,
        @Nullable String aangifteDatum) {

    public static MedewerkerRouteForm empty() {
        return new MedewerkerRouteForm(null, null, null, null, null);
    }

    static MedewerkerRouteForm of(MedewerkerRoute r) {
        return new MedewerkerRouteForm(
                string(r.houderGeinformeerd()),
                string(r.inspecteurGeraadpleegd()),
                r.inspecteurAdvies(),
                FormValues.yesNoText(r.aangifte()),
                string(r.aangifteDatum()));
    }

    @Override
    public String toString() {
        return "MedewerkerRouteForm[***]";
    }
}
