package nl.schakel.dossier;

import java.util.Set;
import nl.schakel.afwegingskader.HulpVereiste;
import nl.schakel.afwegingskader.Onveiligheid;
import org.jspecify.annotations.Nullable;

/**
 * An answer to an afweging as typed: checked by {@link AfwegingManagement}, which refuses it with message keys.
 *
 * @param vereisten for afweging 3: the requirements for adequate help that are met
 * @param afspraken for afweging 5 = ja: the agreements on following future (un)safety (rule 8)
 * @param onveiligheid for afweging 2 = ja: acute, structurele or both
 */
public record NewAfweging(
        int nummer,
        @Nullable Boolean antwoord,
        String reden,
        Set<HulpVereiste> vereisten,
        String afspraken,
        @Nullable Onveiligheid onveiligheid) {

    @Override
    public String toString() {
        return "NewAfweging[" + nummer + "]";
    }
}
