package nl.schakel.veiligthuis.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A new Veilig Thuis decision to change a veiligheidsvoorwaarde (rule 40): the new wording and why. It takes effect
 * only when a gedragswetenschapper who did not propose it approves it ({@link VoorwaardeWijzigingBeoordeeld}); the
 * earlier version stays in the journal.
 *
 * @param voorwaarde the id of the voorwaarde it changes
 * @param reden why Veilig Thuis decides to change it
 */
public record VoorwaardeWijziging(UUID voorwaarde, String tekst, String betreft, String controle, String reden)
        implements EntryPayload {

    public static VoorwaardeWijziging of(UUID voorwaarde, String tekst, String betreft, String controle, String reden) {
        Map<String, String> errors = new LinkedHashMap<>();
        String t = Teksten.verplicht(errors, "tekst", tekst, "voorwaarde.fout.tekst");
        String b = Teksten.verplicht(errors, "betreft", betreft, "voorwaarde.fout.betreft");
        String c = Teksten.verplicht(errors, "controle", controle, "voorwaarde.fout.controle");
        String r = Teksten.verplicht(errors, "reden", reden, "voorwaarde.fout.reden");
        Teksten.gooiAlsFout(errors);
        return new VoorwaardeWijziging(voorwaarde, t, b, c, r);
    }

    @Override
    public String toString() {
        return "VoorwaardeWijziging[" + voorwaarde + "]";
    }
}
