package nl.schakel.dossier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An active VIR signal of a dossier as shown.
 *
 * @param entryId the journal entry that made the signal
 * @param naam the name of the betrokkene it is about
 */
public record VirSignaalView(UUID entryId, UUID betrokkeneId, String naam, LocalDate gemaaktOp, LocalDate eindigtOp) {

    @Override
    public String toString() {
        return "VirSignaalView[" + entryId + "]";
    }
}
