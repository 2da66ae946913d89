package nl.schakel.dossier.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.schakel.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Step 3, the gesprek met de cliënt: either held (on which date, with whom, what was discussed and how the client
 * reacted) or skipped (a reason from the allowed list, an optional explanation, and whether it will be held later).
 * The fields of the other branch are empty.
 */
public record Gesprek(
        boolean gevoerd,
        @Nullable LocalDate datum,
        @Nullable String metWie,
        @Nullable String besproken,
        @Nullable String reactie,
        @Nullable RedenGeenGesprek reden,
        @Nullable String toelichting,
        @Nullable Boolean alsnog)
        implements EntryPayload {

    /**
     * With whom the gesprek of step 3 is held and who is told about a melding: the client, or for a client who is a
     * minor the parent or carer (ouder of verzorger), who holds parental authority. The labels of the gesprek and the
     * melding name that person.
     */
    public enum Gesprekspartner {
        CLIENT,
        OUDER;

        public static Gesprekspartner voor(Betrokkene.Levensfase client) {
            return client.minderjarig() ? OUDER : CLIENT;
        }
    }

    public static final int MAX_TEKST = 4000;
    public static final int MAX_MET_WIE = 200;

    /**
     * Checks the typed values of the chosen branch and builds the gesprek, or throws with every problem at once.
     *
     * @param gevoerd whether the gesprek was held; {@code null} when not chosen
     * @param today the current date, to refuse a date in the future
     */
    public static Gesprek of(
            @Nullable Boolean gevoerd,
            @Nullable LocalDate datum,
            String metWie,
            String besproken,
            String reactie,
            @Nullable RedenGeenGesprek reden,
            String toelichting,
            @Nullable Boolean alsnog,
            LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (gevoerd == null) {
            throw new InvalidInputException("gevoerd", "gesprek.fout.gevoerd");
        }
        if (gevoerd) {
            if (datum == null || datum.isAfter(today)) {
                errors.put("datum", "gesprek.fout.datum");
            }
            Texts.required(errors, "metWie", metWie, MAX_MET_WIE, "gesprek.fout.metwie");
            Texts.required(errors, "besproken", besproken, MAX_TEKST, "gesprek.fout.besproken");
            Texts.required(errors, "reactie", reactie, MAX_TEKST, "gesprek.fout.reactie");
            Texts.throwIfAny(errors);
            return new Gesprek(true, datum, metWie.strip(), besproken.strip(), reactie.strip(), null, null, null);
        }
        if (reden == null) {
            errors.put("reden", "gesprek.fout.reden");
        }
        Texts.optional(errors, "toelichting", toelichting, MAX_TEKST, "gesprek.fout.toelichting");
        if (alsnog == null) {
            errors.put("alsnog", "gesprek.fout.alsnog");
        }
        Texts.throwIfAny(errors);
        return new Gesprek(false, null, null, null, null, reden, Texts.orNull(toelichting), alsnog);
    }

    @Override
    public String toString() {
        return "Gesprek[" + (gevoerd ? "gevoerd" : String.valueOf(reden)) + "]";
    }
}
