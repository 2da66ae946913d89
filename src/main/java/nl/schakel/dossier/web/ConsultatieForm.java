package nl.schakel.dossier.web;

import nl.schakel.dossier.domain.CollegialeConsultatie;
import org.jspecify.annotations.Nullable;

/** The form for a collegiale consultatie; strings as typed, checked by the facade. */
public record ConsultatieForm(
        @Nullable String datum,
        @Nullable String met,
        @Nullable String persoon,
        @Nullable String advies) {

    public static ConsultatieForm empty() {
        return new ConsultatieForm(null, null, null, null);
    }

    /** A new form with what Schakel proposes: with whom, and the name of whom for that choice. */
    static ConsultatieForm of(CollegialeConsultatie.Voorstel voorstel) {
        return new ConsultatieForm(
                null,
                voorstel.met() == null ? null : voorstel.met().name(),
                voorstel.met() == null ? null : voorstel.persoonBij(voorstel.met()),
                null);
    }

    static ConsultatieForm of(CollegialeConsultatie c) {
        return new ConsultatieForm(c.datum().toString(), c.met().name(), c.persoon(), c.advies());
    }

    @Override
    public String toString() {
        return "ConsultatieForm[***]";
    }
}
