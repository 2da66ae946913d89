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

    /**
     * What the form of a new consultatie can fill in from what Schakel knows: with whom ({@code met}) and the "naam of
     * functie" for each choice of {@code met}. Step 2 is consulting an expert colleague, "often the
     * aandachtsfunctionaris" (domain spec §1.2): when the organisation has an aandachtsfunctionaris other than the
     * professional, that is the proposed choice, with the name when there is exactly one. Nothing else is proposed.
     *
     * @param met the proposed choice, or {@code null} when there is none
     * @param persoon the name to fill in for a choice of {@code met}; a choice without one is absent
     */
    public record Voorstel(@Nullable ConsultatieMet met, Map<ConsultatieMet, String> persoon) {

        public Voorstel {
            persoon = Map.copyOf(persoon);
        }

        /** @param aandachtsfunctionarissen the names of the organisation's aandachtsfunctionarissen other than the professional */
        public static Voorstel of(java.util.List<String> aandachtsfunctionarissen) {
            if (aandachtsfunctionarissen.isEmpty()) {
                return new Voorstel(null, Map.of());
            }
            return new Voorstel(
                    ConsultatieMet.AANDACHTSFUNCTIONARIS,
                    aandachtsfunctionarissen.size() == 1
                            ? Map.of(ConsultatieMet.AANDACHTSFUNCTIONARIS, aandachtsfunctionarissen.getFirst())
                            : Map.of());
        }

        /** The name to fill in for this choice, or an empty text. */
        public String persoonBij(@Nullable ConsultatieMet keuze) {
            return keuze == null ? "" : persoon.getOrDefault(keuze, "");
        }
    }

    @Override
    public String toString() {
        return "CollegialeConsultatie[" + met + "]";
    }
}
