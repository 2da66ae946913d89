package nl.schakel.veiligthuis.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Raad voor de Kinderbescherming's answer to a {@link VerzoekRaad}: the day it answered, whether it investigates
 * (the case goes to the overdracht, with the Raad among the receiving parties) or not (Veilig Thuis does the onderzoek
 * itself), and its explanation ({@link Overgang.RaadAntwoord}).
 */
public record AntwoordRaad(LocalDate datum, boolean onderzoekt, String toelichting) implements EntryPayload {

    /**
     * @param datum {@code null} when not filled in; not before the verzoek and not after {@code vandaag}
     * @param onderzoekt {@code null} when not chosen
     */
    public static AntwoordRaad of(
            @Nullable LocalDate datum,
            @Nullable Boolean onderzoekt,
            String toelichting,
            LocalDate verzocht,
            LocalDate vandaag) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (datum == null || datum.isAfter(vandaag) || datum.isBefore(verzocht)) {
            errors.put("antwoordDatum", "raad.fout.antwoorddatum");
        }
        if (onderzoekt == null) {
            errors.put("onderzoekt", "raad.fout.onderzoekt");
        }
        String t = Teksten.verplicht(errors, "toelichting", toelichting, "raad.fout.toelichting");
        Teksten.gooiAlsFout(errors);
        if (datum == null) {
            throw new IllegalStateException("checked above");
        }
        return new AntwoordRaad(datum, Boolean.TRUE.equals(onderzoekt), t);
    }

    @Override
    public String toString() {
        return "AntwoordRaad[" + onderzoekt + "]";
    }
}
