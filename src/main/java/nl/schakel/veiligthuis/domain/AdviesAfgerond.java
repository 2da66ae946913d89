package nl.schakel.veiligthuis.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The outcome of an advies (spec §3.2, service 1), with what was advised. */
public record AdviesAfgerond(AdviesUitkomst uitkomst, String toelichting) implements EntryPayload {

    public static AdviesAfgerond of(@Nullable AdviesUitkomst uitkomst, String toelichting) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (uitkomst == null) {
            errors.put("uitkomst", "vt.fout.uitkomst");
        }
        String t = Teksten.verplicht(errors, "toelichting", toelichting, "vt.fout.toelichting");
        Teksten.gooiAlsFout(errors);
        return new AdviesAfgerond(uitkomst, t);
    }

    @Override
    public String toString() {
        return "AdviesAfgerond[" + uitkomst + "]";
    }
}
