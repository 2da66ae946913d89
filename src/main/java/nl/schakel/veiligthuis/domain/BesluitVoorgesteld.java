package nl.schakel.veiligthuis.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Phase 3 of the veiligheidsbeoordeling: the besluit a worker proposes, with its motivering. It takes effect only
 * once a second person, a gedragswetenschapper, approves it ({@link VierOgen}).
 */
public record BesluitVoorgesteld(Besluit besluit, String motivering) implements EntryPayload {

    public static BesluitVoorgesteld of(@Nullable Besluit besluit, String motivering) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (besluit == null) {
            errors.put("besluit", "vb.fout.besluit");
        }
        String m = Teksten.verplicht(errors, "motivering", motivering, "vb.fout.motivering");
        Teksten.gooiAlsFout(errors);
        if (besluit == null) {
            throw new IllegalStateException("checked above");
        }
        return new BesluitVoorgesteld(besluit, m);
    }

    @Override
    public String toString() {
        return "BesluitVoorgesteld[" + besluit + "]";
    }
}
