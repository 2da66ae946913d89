package nl.schakel.dossier.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Role;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A dossier's append-only journal. It only grows: {@link #signaal}, {@link #consultatie} and {@link #correction}
 * return the new entry to store, and never change or remove an existing one.
 */
public final class Journal {

    public static final int MAX_REASON = 1000;

    private final UUID dossierId;
    private final List<JournalEntry> entries;

    /** @param entries the entries in the order they were appended */
    public Journal(UUID dossierId, List<JournalEntry> entries) {
        this.dossierId = dossierId;
        this.entries = List.copyOf(entries);
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
        return entries.stream().anyMatch(e -> id.equals(e.corrects()));
    }

    public JournalEntry signaal(UserId author, String authorName, Role role, Signaal signaal, Instant now) {
        return append(author, authorName, role, EntryKind.SIGNAAL, signaal, null, null, null, now);
    }

    public JournalEntry consultatie(
            UserId author, String authorName, Role role, CollegialeConsultatie consultatie, Instant now) {
        return append(author, authorName, role, EntryKind.CONSULTATIE, null, consultatie, null, null, now);
    }

    /**
     * A new entry that corrects a signaal of this journal: the corrected content in full, and the reason. The entry
     * corrected stays as it is.
     */
    public JournalEntry correction(
            UserId author, String authorName, Role role, UUID corrects, Signaal signaal, String reason, Instant now) {
        JournalEntry original = entry(corrects)
                .filter(e -> e.kind() == EntryKind.SIGNAAL)
                .orElseThrow(() -> new InvalidInputException("", "correctie.fout.entry"));
        String cleanReason = reason.strip();
        if (cleanReason.isEmpty() || cleanReason.length() > MAX_REASON) {
            throw new InvalidInputException("reden", "correctie.fout.reden");
        }
        return append(author, authorName, role, original.kind(), signaal, null, original.id(), cleanReason, now);
    }

    /** A new entry of this journal by the author, with exactly one payload; nothing existing changes. */
    private JournalEntry append(
            UserId author,
            String authorName,
            Role role,
            EntryKind kind,
            @Nullable Signaal signaal,
            @Nullable CollegialeConsultatie consultatie,
            @Nullable UUID corrects,
            @Nullable String reason,
            Instant now) {
        return new JournalEntry(
                UUID.randomUUID(),
                dossierId,
                now,
                author,
                authorName,
                role,
                null,
                kind,
                signaal,
                consultatie,
                corrects,
                reason);
    }
}
