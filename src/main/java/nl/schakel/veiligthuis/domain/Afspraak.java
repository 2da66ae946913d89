package nl.schakel.veiligthuis.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.schakel.shared.FormValues;
import org.jspecify.annotations.Nullable;

/**
 * An agreement Veilig Thuis made with the directbetrokkenen and the professionals on who does what (domain spec §2.4
 * and §3.6: the veiligheidsvoorwaarden are the basis for cooperation; the afspraken say who does what to keep them).
 * Unlike a veiligheidsvoorwaarde it is no bodemeis: a changed agreement is a new afspraak.
 *
 * @param wie who does it: a directbetrokkene, a professional or Veilig Thuis
 * @param wat what they do
 * @param totWanneer the last day it applies; {@code null} when it has no end date
 */
public record Afspraak(String wie, String wat, @Nullable LocalDate totWanneer) implements EntryPayload {

    /**
     * Checks what was typed: who and what are required; the end date, when given, is a date (yyyy-mm-dd) not before
     * today.
     */
    public static Afspraak of(String wie, String wat, String totWanneer, LocalDate vandaag) {
        Map<String, String> errors = new LinkedHashMap<>();
        String w = Teksten.verplicht(errors, "wie", wie, "afspraak.fout.wie");
        String a = Teksten.verplicht(errors, "wat", wat, "afspraak.fout.wat");
        LocalDate tot = null;
        if (!totWanneer.isBlank()) {
            tot = FormValues.date(totWanneer);
            if (tot == null) {
                errors.put("totWanneer", "afspraak.fout.datum");
            } else if (tot.isBefore(vandaag)) {
                errors.put("totWanneer", "afspraak.fout.verleden");
            }
        }
        Teksten.gooiAlsFout(errors);
        return new Afspraak(w, a, tot);
    }

    @Override
    public String toString() {
        return "Afspraak[" + totWanneer + "]";
    }
}
