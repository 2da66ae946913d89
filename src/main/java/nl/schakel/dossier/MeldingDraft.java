package nl.schakel.dossier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.schakel.dossier.domain.Gesprek;
import nl.schakel.dossier.domain.MeldingInhoud;
import nl.schakel.keten.VeiligThuisRegio;
import org.jspecify.annotations.Nullable;

/**
 * A melding to Veilig Thuis as it would be sent now: the content pre-filled from the dossier and the regions it can
 * be addressed to.
 *
 * @param eersteNaam the name of the dossier's first betrokkene, for the page title
 * @param eerder the melding this dossier already sent, if it did: a new one is then only sent on purpose
 * @param afzender who makes the melding, as Schakel knows them: it goes with the melding
 * @param contact how Veilig Thuis reached the member in their latest melding, to pre-fill the form; {@code null} before
 *     their first
 * @param gesprekspartner whom the questions about informing name: the client, or a minor client's parent or carer
 */
public record MeldingDraft(
        UUID dossierId,
        String eersteNaam,
        MeldingInhoud inhoud,
        List<VeiligThuisRegio> regios,
        @Nullable Verzonden eerder,
        Afzender afzender,
        @Nullable String contact,
        Gesprek.Gesprekspartner gesprekspartner) {

    /** The member who makes the melding: their name and their organisation. */
    public record Afzender(String naam, String organisatie) {}

    /** A melding sent before: to which region, and when. */
    public record Verzonden(String regioNaam, Instant op) {}

    @Override
    public String toString() {
        return "MeldingDraft[" + dossierId + "]";
    }
}
