package nl.schakel.dossier;

import java.time.Instant;
import java.util.UUID;
import nl.schakel.dossier.domain.Aanvulling;
import nl.schakel.dossier.domain.Melding;

/**
 * An aanvulling as it would be sent now: the melding it adds to, when that was sent, and what was recorded in the
 * dossier since the melding or the previous aanvulling.
 *
 * @param eersteNaam the name of the dossier's first betrokkene, for the page title
 * @param verzondenOp when the melding was sent
 */
public record AanvullingDraft(
        UUID dossierId, String eersteNaam, Melding melding, Instant verzondenOp, Aanvulling.Nieuw nieuw) {

    @Override
    public String toString() {
        return "AanvullingDraft[" + dossierId + "]";
    }
}
