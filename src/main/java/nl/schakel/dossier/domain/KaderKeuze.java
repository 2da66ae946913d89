package nl.schakel.dossier.domain;

import java.util.Map;
import nl.schakel.afwegingskader.Kader;
import nl.schakel.afwegingskader.Kaders;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The beroepscluster a member without one chose for this dossier, and so the afwegingskader it works with (rule 15:
 * the kader is never left blank and never guessed).
 */
public record KaderKeuze(Beroepscluster beroepscluster, String kaderCode, String kaderVersie) implements EntryPayload {

    public static KaderKeuze of(@Nullable Beroepscluster beroepscluster) {
        if (beroepscluster == null) {
            throw new InvalidInputException(Map.of("beroepscluster", "kaderkeuze.fout.beroepscluster"));
        }
        Kader kader = Kaders.of(beroepscluster);
        return new KaderKeuze(beroepscluster, kader.code(), kader.version());
    }

    @Override
    public String toString() {
        return "KaderKeuze[" + beroepscluster + "]";
    }
}
