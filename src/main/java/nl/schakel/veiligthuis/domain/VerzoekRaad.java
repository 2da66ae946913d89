package nl.schakel.veiligthuis.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A verzoek tot onderzoek aan de Raad voor de Kinderbescherming (Handelingsprotocol Veilig Thuis 2019 §2.3; domain
 * spec §3.2): why Veilig Thuis asks the Raad to investigate, and the day it asked. Made after the besluit "verzoek
 * onderzoek Raad", or during an onderzoek ({@link Overgang.RaadVragen}); the Raad's answer is {@link AntwoordRaad}.
 */
public record VerzoekRaad(String reden, LocalDate datum) implements EntryPayload {

    /** @param datum {@code null} when not filled in; it may not lie after {@code vandaag} */
    public static VerzoekRaad of(String reden, @Nullable LocalDate datum, LocalDate vandaag) {
        Map<String, String> errors = new LinkedHashMap<>();
        String r = Teksten.verplicht(errors, "reden", reden, "raad.fout.reden");
        if (datum == null || datum.isAfter(vandaag)) {
            errors.put("datum", "raad.fout.datum");
        }
        Teksten.gooiAlsFout(errors);
        if (datum == null) {
            throw new IllegalStateException("checked above");
        }
        return new VerzoekRaad(r, datum);
    }

    @Override
    public String toString() {
        return "VerzoekRaad[" + datum + "]";
    }
}
