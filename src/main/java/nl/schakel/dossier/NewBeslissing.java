package nl.schakel.dossier;

import java.util.Set;
import nl.schakel.afwegingskader.HulpVereiste;
import org.jspecify.annotations.Nullable;

/** A beslissing of step 5 as typed; for beslissing 2 with the checklist of requirements for adequate help. */
public record NewBeslissing(int nummer, @Nullable Boolean antwoord, String reden, Set<HulpVereiste> vereisten) {

    @Override
    public String toString() {
        return "NewBeslissing[" + nummer + "]";
    }
}
