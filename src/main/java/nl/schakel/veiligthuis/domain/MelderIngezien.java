package nl.schakel.veiligthuis.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** A worker looked at the shielded identity of the melder, for the reason given (rule 43); also in the access log. */
public record MelderIngezien(String reden) implements EntryPayload {

    public static final int MAX_REDEN = 500;

    public static MelderIngezien of(String reden) {
        Map<String, String> errors = new LinkedHashMap<>();
        String r = reden.strip();
        if (r.isEmpty() || r.length() > MAX_REDEN) {
            errors.put("reden", "vt.fout.reden");
        }
        Teksten.gooiAlsFout(errors);
        return new MelderIngezien(r);
    }

    @Override
    public String toString() {
        return "MelderIngezien[]";
    }
}
