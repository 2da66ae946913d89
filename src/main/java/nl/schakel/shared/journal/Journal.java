package nl.schakel.shared.journal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Role;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * An append-only journal (a dossier's or a Veilig Thuis case's). It only grows: {@link #append} and
 * {@link #correction} return the new entry to store, and never change or remove an existing one.
 *
 * @param <P> the module's payload type
 */
public final class Journal<P extends JournalPayload<?>> {

    public static final int MAX_REASON = 1000;

    private final UUID ownerId;
    private final List<JournalEntry<P>> entries;
    /** The ids of the entries a later entry corrects, computed once: every view and rule asks for them. */
    private final Set<UUID> corrected;

    /** @param entries the entries in the order they were appended */
    public Journal(UUID ownerId, List<JournalEntry<P>> entries) {
        this.ownerId = ownerId;
        this.entries = List.copyOf(entries);
        this.corrected = this.entries.stream()
                .map(JournalEntry::corrects)
                .filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The entries in the order they were appended. */
    public List<JournalEntry<P>> entries() {
        return entries;
    }

    /** The entries, newest first: the reverse of the order in which they were appended. */
    public List<JournalEntry<P>> newestFirst() {
        return entries.reversed();
    }

    public Optional<JournalEntry<P>> entry(UUID id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Whether a later entry corrects this one. */
    public boolean isCorrected(UUID id) {
        return corrected.contains(id);
    }

    /**
     * The entries in force, in the order they were appended: those no later entry corrects (a correction stands in
     * for the entry it corrects).
     */
    public List<JournalEntry<P>> inForce() {
        return entries.stream().filter(e -> !isCorrected(e.id())).toList();
    }

    /** The payloads of one type that are in force, in the order they were appended (see {@link #inForce()}). */
    public <T extends P> List<T> current(Class<T> type) {
        return inForce().stream().flatMap(e -> e.payload(type).stream()).toList();
    }

    /** The newest payload of one type that is in force. */
    public <T extends P> Optional<T> latest(Class<T> type) {
        return latestEntry(type).flatMap(e -> e.payload(type));
    }

    /** The newest entry in force whose payload is of one type (for when it was recorded as well as what). */
    public Optional<JournalEntry<P>> latestEntry(Class<? extends P> type) {
        return inForce().stream().filter(e -> type.isInstance(e.payload())).reduce((a, b) -> b);
    }

    /** A new entry by the author that records the payload. */
    public JournalEntry<P> append(UserId author, String authorName, @Nullable Role role, P payload, Instant now) {
        return JournalEntry.of(ownerId, now, author, authorName, role, null, payload);
    }

    /**
     * A new entry that corrects an entry of this journal: the corrected content in full, of the same kind, and the
     * reason. The entry corrected stays as it is.
     */
    public JournalEntry<P> correction(
            UserId author, String authorName, Role role, UUID corrects, P payload, String reason, Instant now) {
        JournalEntry<P> original = entry(corrects)
                .filter(e -> e.kind() == payload.kind())
                .orElseThrow(() -> new InvalidInputException("", "correctie.fout.entry"));
        String cleanReason = reason.strip();
        if (cleanReason.isEmpty() || cleanReason.length() > MAX_REASON) {
            throw new InvalidInputException("reden", "correctie.fout.reden");
        }
        return new JournalEntry<>(
                UUID.randomUUID(), ownerId, now, author, authorName, role, null, payload, original.id(), cleanReason);
    }
}
