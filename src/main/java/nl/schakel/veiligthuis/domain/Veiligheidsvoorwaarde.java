package nl.schakel.veiligthuis.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A veiligheidsvoorwaarde (bodemeis) set by Veilig Thuis after the veiligheidsbeoordeling or an onderzoek (domain spec
 * §3.6, rule 40): one sentence that restores direct safety, whom it concerns, and how and by whom it is checked. It is
 * not negotiable: once set it changes only through a {@link VoorwaardeWijziging} approved by a second person, and this
 * entry stays in the journal as it was.
 *
 * @param voorwaarde the voorwaarde's own id, which its later versions and monitoring statuses name
 * @param tekst the condition, e.g. "Als vader drinkt, heeft hij geen contact met de kinderen"
 * @param betreft whom it concerns
 * @param controle how and by whom it is checked
 */
public record Veiligheidsvoorwaarde(UUID voorwaarde, String tekst, String betreft, String controle)
        implements EntryPayload {

    /** Checks a new voorwaarde: all three texts are required. */
    public static Veiligheidsvoorwaarde of(String tekst, String betreft, String controle) {
        Map<String, String> errors = new LinkedHashMap<>();
        String t = Teksten.verplicht(errors, "tekst", tekst, "voorwaarde.fout.tekst");
        String b = Teksten.verplicht(errors, "betreft", betreft, "voorwaarde.fout.betreft");
        String c = Teksten.verplicht(errors, "controle", controle, "voorwaarde.fout.controle");
        Teksten.gooiAlsFout(errors);
        return new Veiligheidsvoorwaarde(UUID.randomUUID(), t, b, c);
    }

    @Override
    public String toString() {
        return "Veiligheidsvoorwaarde[" + voorwaarde + "]";
    }
}
