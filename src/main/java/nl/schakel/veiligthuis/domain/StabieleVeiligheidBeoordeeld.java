package nl.schakel.veiligthuis.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The second person's judgement of the proposed conclusion that safety is stable (four eyes, {@link VierOgen}):
 * approved, monitoring ends and the case closes; rejected, with a toelichting, monitoring goes on.
 *
 * @param voorstel the id of the journal entry with the {@link StabieleVeiligheidVoorgesteld}
 */
public record StabieleVeiligheidBeoordeeld(UUID voorstel, boolean goedgekeurd, String toelichting)
        implements EntryPayload {

    public static StabieleVeiligheidBeoordeeld of(UUID voorstel, @Nullable Boolean goedgekeurd, String toelichting) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (goedgekeurd == null) {
            errors.put("goedgekeurd", "monitoring.fout.oordeel");
        }
        String t = Boolean.FALSE.equals(goedgekeurd)
                ? Teksten.verplicht(errors, "toelichting", toelichting, "monitoring.fout.afwijzing")
                : Teksten.optioneel(errors, "toelichting", toelichting, "vb.fout.telang");
        Teksten.gooiAlsFout(errors);
        return new StabieleVeiligheidBeoordeeld(voorstel, Boolean.TRUE.equals(goedgekeurd), t);
    }

    @Override
    public String toString() {
        return "StabieleVeiligheidBeoordeeld[" + goedgekeurd + "]";
    }
}
