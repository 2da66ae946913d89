package nl.schakel.dossier;

import java.time.LocalDate;
import nl.schakel.dossier.domain.Voortgang;
import org.jspecify.annotations.Nullable;

/**
 * Steps 4 and 5 of one dossier as the actor sees them.
 *
 * @param voortgang where the dossier stands; {@code null} while the member has no beroepscluster and has not chosen
 *     one for this dossier (rule 15: the kader is never guessed)
 * @param kiesCluster the member has no beroepscluster and the meldprotocol gave the dossier no kader, so the page lets
 *     them choose (again)
 * @param herbeoordelingNodig the date to re-evaluate afweging 5 has come
 */
public record AfwegingenView(
        DossierView dossier,
        @Nullable Voortgang voortgang,
        boolean kiesCluster,
        LocalDate vandaag,
        boolean herbeoordelingNodig) {

    public boolean gesloten() {
        return dossier.status() == DossierStatus.GESLOTEN;
    }
}
