package nl.schakel.veiligthuis.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The second person's judgement of a proposed besluit (four eyes): approved, so the besluit takes effect, or
 * rejected with an explanation, so the veiligheidsbeoordeling goes on.
 *
 * @param voorstel the id of the journal entry with the {@link BesluitVoorgesteld}
 */
public record BesluitBeoordeeld(UUID voorstel, boolean goedgekeurd, String toelichting) implements EntryPayload {

    /** Checks the judgement: approve or reject chosen; a rejection needs a toelichting. */
    public static BesluitBeoordeeld of(UUID voorstel, @Nullable Boolean goedgekeurd, String toelichting) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (goedgekeurd == null) {
            errors.put("goedgekeurd", "vb.fout.oordeel");
        }
        String t = Boolean.FALSE.equals(goedgekeurd)
                ? Teksten.verplicht(errors, "toelichting", toelichting, "vb.fout.toelichting")
                : Teksten.optioneel(errors, "toelichting", toelichting, "vb.fout.telang");
        Teksten.gooiAlsFout(errors);
        return new BesluitBeoordeeld(voorstel, Boolean.TRUE.equals(goedgekeurd), t);
    }

    @Override
    public String toString() {
        return "BesluitBeoordeeld[" + goedgekeurd + "]";
    }
}
