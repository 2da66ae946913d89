package nl.schakel.veiligthuis.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The first contact with the professional melder (spec §3.2, service 2): the situation clarified, an estimate of the
 * danger, the expectations (does the professional keep offering help?) and the agreements on follow-up. It counts as
 * a safety check of a melding that waits.
 */
public record EersteContact(
        String situatie, String inschattingGevaar, boolean blijftHulpBieden, String verwachtingen, String afspraken)
        implements EntryPayload {

    public static EersteContact of(
            String situatie,
            String inschattingGevaar,
            boolean blijftHulpBieden,
            String verwachtingen,
            String afspraken) {
        Map<String, String> errors = new LinkedHashMap<>();
        String s = Teksten.verplicht(errors, "situatie", situatie, "vt.fout.situatie");
        String g = Teksten.verplicht(errors, "inschattingGevaar", inschattingGevaar, "vt.fout.gevaar");
        String v = Teksten.optioneel(errors, "verwachtingen", verwachtingen, "vt.fout.telang");
        String a = Teksten.verplicht(errors, "afspraken", afspraken, "vt.fout.afspraken");
        Teksten.gooiAlsFout(errors);
        return new EersteContact(s, g, blijftHulpBieden, v, a);
    }

    @Override
    public String toString() {
        return "EersteContact[]";
    }
}
