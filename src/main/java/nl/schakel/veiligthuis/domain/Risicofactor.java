package nl.schakel.veiligthuis.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A risk factor noted during the veiligheidsbeoordeling (spec §2.5, §3.3): recorded and handed over with the case,
 * never weighed in the {@link Taxatie} (rule 45).
 */
public record Risicofactor(String omschrijving) implements EntryPayload {

    public static Risicofactor of(String omschrijving) {
        Map<String, String> errors = new LinkedHashMap<>();
        String o = Teksten.verplicht(errors, "omschrijving", omschrijving, "vb.fout.risicofactor");
        Teksten.gooiAlsFout(errors);
        return new Risicofactor(o);
    }

    @Override
    public String toString() {
        return "Risicofactor[]";
    }
}
