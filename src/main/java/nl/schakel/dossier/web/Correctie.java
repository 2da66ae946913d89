package nl.schakel.dossier.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The correction part of an entry form: which entry it corrects and why. Both are empty when the form adds a new
 * entry; every entry form binds it next to its own fields.
 *
 * @param corrigeert the id of the entry corrected, as sent
 * @param reden the reason of the correction, as typed
 */
public record Correctie(
        @Nullable String corrigeert, @Nullable String reden) {

    public static Correctie none() {
        return new Correctie(null, null);
    }

    /** The correction of the entry, or none when {@code entry} is {@code null}. */
    public static Correctie of(@Nullable UUID entry) {
        return entry == null ? none() : new Correctie(entry.toString(), null);
    }

    /**
     * The key of the form's draft (ADR-0015): one per kind and dossier, and for a correction one per corrected entry,
     * so that a correction's draft never fills the form for a new entry.
     */
    public static String conceptKey(String kind, java.util.UUID dossier, @Nullable Correctie correctie) {
        String key = kind + ":" + dossier;
        return correctie != null && correctie.isCorrection()
                ? key + ":" + correctie.corrigeert().strip()
                : key;
    }

    public boolean isCorrection() {
        return corrigeert != null && !corrigeert.isBlank();
    }

    @Override
    public String toString() {
        return "Correctie[" + corrigeert + "]";
    }
}
