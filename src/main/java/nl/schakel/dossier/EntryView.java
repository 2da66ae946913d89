package nl.schakel.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.schakel.shared.Role;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.VormVanGeweld;
import org.jspecify.annotations.Nullable;

/**
 * One journal entry as shown: who wrote it when, the signaal, and for a correction which entry it corrects and why.
 *
 * @param corrected whether a later entry corrects this one
 */
public record EntryView(
        UUID id,
        Instant recordedAt,
        String authorName,
        Role authorRole,
        @Nullable String onBehalfOf,
        LocalDate datum,
        String waarneming,
        SignaalSoort soort,
        @Nullable String bron,
        Set<VormVanGeweld> vormen,
        boolean disclosure,
        @Nullable UUID corrects,
        @Nullable String reason,
        boolean corrected) {

    public boolean isCorrection() {
        return corrects != null;
    }

    @Override
    public String toString() {
        return "EntryView[" + id + "]";
    }
}
