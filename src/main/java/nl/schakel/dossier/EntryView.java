package nl.schakel.dossier;

import java.time.Instant;
import java.util.UUID;
import nl.schakel.dossier.domain.EntryKind;
import nl.schakel.dossier.domain.EntryPayload;
import nl.schakel.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * One journal entry as shown: who wrote it when, what it records (its payload, one value record per kind), and for a
 * correction which entry it corrects and why.
 *
 * @param corrected whether a later entry corrects this one
 */
public record EntryView(
        UUID id,
        Instant recordedAt,
        String authorName,
        Role authorRole,
        @Nullable String onBehalfOf,
        EntryPayload payload,
        @Nullable UUID corrects,
        @Nullable String reason,
        boolean corrected) {

    public EntryKind kind() {
        return payload.kind();
    }

    public boolean isCorrection() {
        return corrects != null;
    }

    @Override
    public String toString() {
        return "EntryView[" + id + "]";
    }
}
