package nl.schakel.dossier.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.schakel.shared.ConsultatieMet;
import nl.schakel.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A collegiale consultatie of step 2: on which date, with whom (a colleague, the aandachtsfunctionaris, Veilig Thuis
 * for advice, letselduiding or another expert), the name or function of the person consulted (not needed for the
 * anonymous advice of Veilig Thuis), and the advice given.
 */
public record CollegialeConsultatie(
        LocalDate datum, ConsultatieMet met, @Nullable String persoon, String advies) implements EntryPayload {

    public static final int MAX_ADVIES = 4000;
    public static final int MAX_PERSOON = 200;

    /**
     * Checks the typed values and builds the consultatie, or throws with every problem at once.
     *
     * @param today the current date, to refuse a date in the future
     */
    public static CollegialeConsultatie of(
            @Nullable LocalDate datum, @Nullable ConsultatieMet met, String persoon, String advies, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (datum == null || datum.isAfter(today)) {
            errors.put("datum", "consultatie.fout.datum");
        }
        if (met == null) {
            errors.put("met", "consultatie.fout.met");
        }
        String cleanPersoon = persoon.strip();
        if (cleanPersoon.isEmpty() && met != null && met.needsName()) {
            errors.put("persoon", "consultatie.fout.persoon");
        } else if (cleanPersoon.length() > MAX_PERSOON) {
            errors.put("persoon", "consultatie.fout.persoontelang");
        }
        String tekst = advies.strip();
        if (tekst.isEmpty()) {
            errors.put("advies", "consultatie.fout.advies");
        } else if (tekst.length() > MAX_ADVIES) {
            errors.put("advies", "consultatie.fout.adviestelang");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new CollegialeConsultatie(datum, met, cleanPersoon.isEmpty() ? null : cleanPersoon, tekst);
    }

    @Override
    public String toString() {
        return "CollegialeConsultatie[" + met + "]";
    }
}
