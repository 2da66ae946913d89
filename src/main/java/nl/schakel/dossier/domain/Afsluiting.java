package nl.schakel.dossier.domain;

import java.util.Map;
import nl.schakel.shared.InvalidInputException;

/**
 * The note with which a dossier is closed, at any step ("Dossier afsluiten"). After it the dossier takes no new
 * entries; it can be restarted as a new dossier that links to it (rule 22).
 */
public record Afsluiting(String notitie) implements EntryPayload {

    public static final int MAX_NOTITIE = 4000;

    public static Afsluiting of(String notitie) {
        String tekst = notitie.strip();
        if (tekst.isEmpty()) {
            throw new InvalidInputException(Map.of("notitie", "afsluiting.fout.notitie"));
        }
        if (tekst.length() > MAX_NOTITIE) {
            throw new InvalidInputException(Map.of("notitie", "afsluiting.fout.notitietelang"));
        }
        return new Afsluiting(tekst);
    }

    @Override
    public String toString() {
        return "Afsluiting[***]";
    }
}
