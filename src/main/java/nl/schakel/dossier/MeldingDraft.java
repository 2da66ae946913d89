package nl.schakel.dossier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.schakel.dossier.domain.MeldingInhoud;
import nl.schakel.keten.VeiligThuisRegio;
import org.jspecify.annotations.Nullable;

/**
 * A melding to Veilig Thuis as it would be sent now: the content pre-filled from the dossier and the regions it can
 * be addressed to.
 *
 * @param eersteNaam the name of the dossier's first betrokkene, for the page title
 * @param eerder the melding this dossier already sent, if it did: a new one is then only sent on purpose
 */
public record MeldingDraft(
        UUID dossierId,
        String eersteNaam,
        MeldingInhoud inhoud,
        List<VeiligThuisRegio> regios,
        @Nullable Verzonden eerder) {

    /** A melding sent before: to which region, and when. */
    public record Verzonden(String regioNaam, Instant op) {}

    @Override
    public String toString() {
        return "MeldingDraft[" + dossierId + "]";
    }
}
