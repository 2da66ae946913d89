package nl.schakel.veiligthuis.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A check of the family's safety while the melding waits for its veiligheidsbeoordeling (safety while waiting): whom
 * the worker spoke and what they found.
 */
public record Veiligheidscheck(String bevinding) implements EntryPayload {

    public static Veiligheidscheck of(String bevinding) {
        Map<String, String> errors = new LinkedHashMap<>();
        String b = Teksten.verplicht(errors, "bevinding", bevinding, "vt.fout.bevinding");
        Teksten.gooiAlsFout(errors);
        return new Veiligheidscheck(b);
    }

    @Override
    public String toString() {
        return "Veiligheidscheck[]";
    }
}
