package nl.schakel.veiligthuis.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A receiving party's answer to the overdracht offered to it (rule 38): it accepts responsibility for "zicht op
 * veiligheid", or declines with a reason. Veilig Thuis records who answered, when and how; an answer given by a
 * professional in their Schakel dossier arrives through {@code keten} ({@link Wijze#SCHAKEL}). A party answers once.
 *
 * @param partij the party of the {@link OverdrachtAangeboden} it answers
 * @param reden why the party declined; {@code null} when it accepted
 * @param door who answered for the party
 * @param datum the day the party answered
 * @param ketenAntwoordId the id under which the answer crossed the chain; {@code null} when recorded by Veilig Thuis
 */
public record OverdrachtBeantwoord(
        UUID partij,
        boolean aanvaard,
        @Nullable String reden,
        String door,
        LocalDate datum,
        Wijze wijze,
        @Nullable UUID ketenAntwoordId)
        implements EntryPayload {

    /** How the answer reached Veilig Thuis. */
    public enum Wijze {
        TELEFOON,
        EMAIL,
        OVERLEG,
        /** In the professional's Schakel dossier, through {@code keten}. */
        SCHAKEL
    }

    /**
     * Checks an answer that Veilig Thuis records for a party outside Schakel; throws with every problem at once.
     *
     * @param aanvaard {@code null} when not chosen
     * @param wijze {@code null} when not chosen; never {@link Wijze#SCHAKEL}, which only the chain records
     * @param datum {@code null} when not given; never after {@code vandaag}
     */
    public static OverdrachtBeantwoord of(
            UUID partij,
            @Nullable Boolean aanvaard,
            String reden,
            String door,
            @Nullable LocalDate datum,
            @Nullable Wijze wijze,
            LocalDate vandaag) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (aanvaard == null) {
            errors.put("aanvaard", "overdracht.fout.aanvaard");
        }
        String r = Boolean.FALSE.equals(aanvaard)
                ? Teksten.verplicht(errors, "reden", reden, "overdracht.fout.reden")
                : Teksten.optioneel(errors, "reden", reden, "overdracht.fout.reden");
        String d = Teksten.verplicht(errors, "door", door, "overdracht.fout.door");
        if (d.length() > OverdrachtAangeboden.MAX_NAAM) {
            errors.put("door", "overdracht.fout.door");
        }
        if (datum == null || datum.isAfter(vandaag)) {
            errors.put("datum", "overdracht.fout.datum");
        }
        if (wijze == null || wijze == Wijze.SCHAKEL) {
            errors.put("wijze", "overdracht.fout.wijze");
        }
        Teksten.gooiAlsFout(errors);
        if (aanvaard == null || datum == null || wijze == null) {
            throw new IllegalStateException("checked above");
        }
        return new OverdrachtBeantwoord(partij, aanvaard, aanvaard || r.isEmpty() ? null : r, d, datum, wijze, null);
    }

    @Override
    public String toString() {
        return "OverdrachtBeantwoord[" + partij + ", " + (aanvaard ? "aanvaard" : "afgewezen") + ", " + wijze + "]";
    }
}
