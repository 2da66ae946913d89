package nl.schakel.veiligthuis.domain;

import java.time.Instant;
import java.util.UUID;
import nl.schakel.shared.Role;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a Veilig Thuis case's journal: who recorded what, when, on whose behalf. Never changed; a correction
 * would be a new entry.
 *
 * @param authorId the worker, or the region's own id for what arrived through {@code keten}
 */
public record JournalEntry(
        UUID id,
        UUID zaakId,
        Instant recordedAt,
        UserId authorId,
        String authorName,
        @Nullable Role authorRole,
        @Nullable String onBehalfOf,
        EntryPayload payload) {

    public EntryKind kind() {
        return EntryKind.of(payload);
    }

    /** The payload, when it is of the given type. */
    public <T extends EntryPayload> java.util.Optional<T> as(Class<T> type) {
        return type.isInstance(payload) ? java.util.Optional.of(type.cast(payload)) : java.util.Optional.empty();
    }
}
