package nl.schakel.shared.journal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.shared.Role;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a journal (a dossier's or a Veilig Thuis case's), never changed once written: who recorded what, when,
 * on whose behalf. A correction is a new entry of the same kind that names the entry it corrects and why; the corrected
 * entry stays as it was.
 *
 * @param ownerId the dossier or the case whose journal this is
 * @param authorId the worker, or the id of the chain partner or of Schakel itself for what they wrote
 * @param authorRole the author's role; {@code null} for what a chain partner wrote without one
 * @param onBehalfOf the name of whom the author wrote it for, when not for themselves
 * @param payload what the entry records
 * @param corrects the id of the entry this one corrects, or {@code null}
 * @param reason why the correction was made; present exactly when {@code corrects} is
 * @param <P> the module's payload type
 */
public record JournalEntry<P extends JournalPayload<?>>(
        UUID id,
        UUID ownerId,
        Instant recordedAt,
        UserId authorId,
        String authorName,
        @Nullable Role authorRole,
        @Nullable String onBehalfOf,
        P payload,
        @Nullable UUID corrects,
        @Nullable String reason) {

    public JournalEntry {
        if ((corrects == null) != (reason == null)) {
            throw new IllegalArgumentException("a correction has a reason, and only a correction");
        }
    }

    /** A new entry that corrects nothing, with a fresh id. */
    public static <P extends JournalPayload<?>> JournalEntry<P> of(
            UUID ownerId,
            Instant recordedAt,
            UserId authorId,
            String authorName,
            @Nullable Role authorRole,
            @Nullable String onBehalfOf,
            P payload) {
        return new JournalEntry<>(
                UUID.randomUUID(),
                ownerId,
                recordedAt,
                authorId,
                authorName,
                authorRole,
                onBehalfOf,
                payload,
                null,
                null);
    }

    /** The kind of entry: the kind of its payload. */
    public JournalKind kind() {
        return payload.kind();
    }

    public boolean isCorrection() {
        return corrects != null;
    }

    /** The payload, when it is of the given type. */
    public <T extends P> Optional<T> payload(Class<T> type) {
        return type.isInstance(payload) ? Optional.of(type.cast(payload)) : Optional.empty();
    }

    @Override
    public String toString() {
        return "JournalEntry[" + id + ", " + kind().name() + "]";
    }
}
