package nl.schakel.dossier.domain;

import java.time.Instant;
import java.util.UUID;
import nl.schakel.shared.Role;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a dossier's journal, never changed once written. A correction is a new entry that names the entry
 * it corrects and why; the corrected entry stays as it was.
 *
 * @param signaal the signaal, present exactly when the kind is {@link EntryKind#SIGNAAL}
 * @param consultatie the consultatie, present exactly when the kind is {@link EntryKind#CONSULTATIE}
 * @param onBehalfOf the name of whom the author wrote it for, when not for themselves
 * @param corrects the id of the entry this one corrects, or {@code null}
 * @param reason why the correction was made; present exactly when {@code corrects} is
 */
public record JournalEntry(
        UUID id,
        UUID dossierId,
        Instant recordedAt,
        UserId authorId,
        String authorName,
        Role authorRole,
        @Nullable String onBehalfOf,
        EntryKind kind,
        @Nullable Signaal signaal,
        @Nullable CollegialeConsultatie consultatie,
        @Nullable UUID corrects,
        @Nullable String reason) {

    public boolean isCorrection() {
        return corrects != null;
    }
}
