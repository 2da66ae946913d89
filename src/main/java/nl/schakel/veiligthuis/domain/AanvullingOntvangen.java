package nl.schakel.veiligthuis.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An aanvulling to the melding this case came from, as it arrived from the Schakel dossier (ADR-0019): what the
 * professional adds, and the signalen, consultaties and gesprekken recorded since the melding. No melder identity.
 *
 * @param verzondenOp when the professional sent it
 * @param classificatie how it counts (rule 55): while the case is open a vervolgmelding in the case's phase; once the
 *     case is closed a hermelding, which a worker must assess as a new melding
 */
public record AanvullingOntvangen(
        UUID aanvullingId,
        UUID ketenMeldingId,
        String tekst,
        List<DossierMelding.Signaal> signalen,
        List<DossierMelding.Consultatie> consultaties,
        List<DossierMelding.Gesprek> gesprekken,
        Instant verzondenOp,
        Classificatie classificatie)
        implements EntryPayload {

    public AanvullingOntvangen {
        signalen = List.copyOf(signalen);
        consultaties = List.copyOf(consultaties);
        gesprekken = List.copyOf(gesprekken);
    }

    /** Whether the aanvulling arrived after the case was closed, so that a worker must assess it as a new melding. */
    public boolean naAfsluiting() {
        return classificatie == Classificatie.HERMELDING;
    }

    @Override
    public String toString() {
        return "AanvullingOntvangen[" + aanvullingId + "]";
    }
}
