package nl.schakel.dossier.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.schakel.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Sharing the dossier with a named colleague of the same organisation, or ending it: from then on the colleague may
 * see and add to the dossier as its owner does, until the sharing ends.
 *
 * @param collegaId the colleague's user id
 * @param collegaNaam the colleague's name as it was when shared, for the journal
 */
public record Deling(Handeling handeling, UUID collegaId, String collegaNaam) implements EntryPayload {

    /** Whether the sharing starts or ends. */
    public enum Handeling {
        GEDEELD,
        BEEINDIGD
    }

    /** Checks the values and builds the entry, or throws with every problem at once. */
    public static Deling of(@Nullable Handeling handeling, @Nullable UUID collegaId, String collegaNaam) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (handeling == null) {
            errors.put("", "deling.fout.handeling");
        }
        String naam = collegaNaam.strip();
        if (collegaId == null || naam.isEmpty()) {
            errors.put("collega", "deling.fout.collega");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Deling(handeling, collegaId, naam);
    }

    @Override
    public String toString() {
        return "Deling[" + handeling + "]";
    }
}
