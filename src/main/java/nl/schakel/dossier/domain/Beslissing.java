package nl.schakel.dossier.domain;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.schakel.afwegingskader.HulpVereiste;
import nl.schakel.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * One of the two beslissingen of step 5 (domain spec §2.2), with the professional's reason: beslissing 1 "is melden
 * noodzakelijk?" and beslissing 2 "is hulp bieden of organiseren (ook) mogelijk?". Beslissing 2 keeps the checklist
 * of the five requirements for adequate help (§2.4): help that misses one is not adequate, and ja then counts as nee
 * (rule 12).
 *
 * @param vereisten the requirements for adequate help that are met; only for beslissing 2, otherwise empty
 */
public record Beslissing(int nummer, boolean antwoord, String reden, Set<HulpVereiste> vereisten)
        implements EntryPayload {

    public static final int MAX_REDEN = 4000;

    public Beslissing {
        vereisten = vereisten == null || vereisten.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(vereisten));
    }

    /** Checks the typed values and builds the beslissing, or throws with every problem at once. */
    public static Beslissing of(int nummer, @Nullable Boolean antwoord, String reden, Set<HulpVereiste> vereisten) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (nummer != 1 && nummer != 2) {
            errors.put("", "beslissing.fout.nummer");
        }
        if (antwoord == null) {
            errors.put("antwoord", "beslissing.fout.antwoord");
        }
        String tekst = reden.strip();
        if (tekst.isEmpty()) {
            errors.put("reden", "beslissing.fout.reden");
        } else if (tekst.length() > MAX_REDEN) {
            errors.put("reden", "beslissing.fout.redentelang");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Beslissing(nummer, antwoord, tekst, nummer == 2 ? vereisten : Set.of());
    }

    /**
     * Beslissing 2 as it counts: help is possible only when the professional says so and all five requirements for
     * adequate help are met (rule 12). For beslissing 1 simply the answer.
     */
    public boolean geldt() {
        return nummer == 1 ? antwoord : antwoord && vereisten.containsAll(EnumSet.allOf(HulpVereiste.class));
    }

    @Override
    public String toString() {
        return "Beslissing[" + nummer + "]";
    }
}
