package nl.schakel.veiligthuis.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The second person's judgement of a proposed {@link VoorwaardeWijziging} (four eyes, as {@link VierOgen} for the
 * besluit): approved, the new wording is in force; rejected, with a toelichting, the voorwaarde stays as it was.
 *
 * @param wijziging the id of the journal entry with the proposal
 */
public record VoorwaardeWijzigingBeoordeeld(UUID wijziging, boolean goedgekeurd, String toelichting)
        implements EntryPayload {

    public static VoorwaardeWijzigingBeoordeeld of(UUID wijziging, @Nullable Boolean goedgekeurd, String toelichting) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (goedgekeurd == null) {
            errors.put("goedgekeurd", "voorwaarde.fout.oordeel");
        }
        String t = Boolean.FALSE.equals(goedgekeurd)
                ? Teksten.verplicht(errors, "toelichting", toelichting, "voorwaarde.fout.toelichting")
                : Teksten.optioneel(errors, "toelichting", toelichting, "vb.fout.telang");
        Teksten.gooiAlsFout(errors);
        return new VoorwaardeWijzigingBeoordeeld(wijziging, Boolean.TRUE.equals(goedgekeurd), t);
    }

    @Override
    public String toString() {
        return "VoorwaardeWijzigingBeoordeeld[" + goedgekeurd + "]";
    }
}
