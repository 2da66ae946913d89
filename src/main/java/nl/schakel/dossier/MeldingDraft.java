package nl.schakel.dossier;

import java.util.List;
import java.util.UUID;
import nl.schakel.dossier.domain.MeldingInhoud;
import nl.schakel.keten.VeiligThuisRegio;

/**
 * A melding to Veilig Thuis as it would be sent now: the content pre-filled from the dossier and the regions it can
 * be addressed to.
 *
 * @param eersteNaam the name of the dossier's first betrokkene, for the page title
 */
public record MeldingDraft(UUID dossierId, String eersteNaam, MeldingInhoud inhoud, List<VeiligThuisRegio> regios) {

    @Override
    public String toString() {
        return "MeldingDraft[" + dossierId + "]";
    }
}
