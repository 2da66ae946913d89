package nl.schakel.dossier.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.shared.Role;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a dossier's journal, never changed once written. A correction is a new entry of the same kind that
 * names the entry it corrects and why; the corrected entry stays as it was.
 *
 * @param payload what the entry records
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
        EntryPayload payload,
        @Nullable UUID corrects,
        @Nullable String reason) {

    public EntryKind kind() {
        return payload.kind();
    }

    public boolean isCorrection() {
        return corrects != null;
    }

    /** The payload when it is of the given type. */
    public <T extends EntryPayload> Optional<T> payload(Class<T> type) {
        return type.isInstance(payload) ? Optional.of(type.cast(payload)) : Optional.empty();
    }

    @Override
    public String toString() {
        return "JournalEntry[" + id + ", " + kind() + "]";
    }
}
