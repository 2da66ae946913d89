package nl.schakel.dossier.domain;

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
 * A dossier's append-only journal. It only grows: {@link #append} and {@link #correction} return the new entry to
 * store, and never change or remove an existing one.
 */
public final class Journal {

    public static final int MAX_REASON = 1000;

    private final UUID dossierId;
    private final List<JournalEntry> entries;
    /** The ids of the entries a later entry corrects, computed once: every view and rule asks for them. */
    private final Set<UUID> corrected;

    /** @param entries the entries in the order they were appended */
    public Journal(UUID dossierId, List<JournalEntry> entries) {
        this.dossierId = dossierId;
        this.entries = List.copyOf(entries);
        this.corrected = this.entries.stream()
                .map(JournalEntry::corrects)
                .filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The entries in the order they were appended. */
    public List<JournalEntry> entries() {
        return entries;
    }

    /** The entries, newest first: the reverse of the order in which they were appended. */
    public List<JournalEntry> newestFirst() {
        return entries.reversed();
    }

    public Optional<JournalEntry> entry(UUID id) {
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
    public List<JournalEntry> inForce() {
        return entries.stream().filter(e -> !isCorrected(e.id())).toList();
    }

    /** The payloads of one type that are in force, in the order they were appended (see {@link #inForce()}). */
    public <T extends EntryPayload> List<T> current(Class<T> type) {
        return inForce().stream().flatMap(e -> e.payload(type).stream()).toList();
    }

    /** The newest payload of one type that is in force. */
    public <T extends EntryPayload> Optional<T> latest(Class<T> type) {
        return latestEntry(type).flatMap(e -> e.payload(type));
    }

    /** The newest entry in force whose payload is of one type (for when it was recorded as well as what). */
    public Optional<JournalEntry> latestEntry(Class<? extends EntryPayload> type) {
        return inForce().stream().filter(e -> type.isInstance(e.payload())).reduce((a, b) -> b);
    }

    /** A new entry by the author that records the payload. */
    public JournalEntry append(UserId author, String authorName, Role role, EntryPayload payload, Instant now) {
        return entry(author, authorName, role, payload, null, null, now);
    }

    /**
     * A new entry that corrects an entry of this journal: the corrected content in full, of the same kind, and the
     * reason. The entry corrected stays as it is.
     */
    public JournalEntry correction(
            UserId author,
            String authorName,
            Role role,
            UUID corrects,
            EntryPayload payload,
            String reason,
            Instant now) {
        JournalEntry original = entry(corrects)
                .filter(e -> e.kind() == payload.kind())
                .orElseThrow(() -> new InvalidInputException("", "correctie.fout.entry"));
        String cleanReason = reason.strip();
        if (cleanReason.isEmpty() || cleanReason.length() > MAX_REASON) {
            throw new InvalidInputException("reden", "correctie.fout.reden");
        }
        return entry(author, authorName, role, payload, original.id(), cleanReason, now);
    }

    /** A new entry of this journal by the author; nothing existing changes. */
    private JournalEntry entry(
            UserId author,
            String authorName,
            Role role,
            EntryPayload payload,
            @Nullable UUID corrects,
            @Nullable String reason,
            Instant now) {
        return new JournalEntry(
                UUID.randomUUID(), dossierId, now, author, authorName, role, null, payload, corrects, reason);
    }
}
