package nl.schakel.dossier.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.schakel.shared.journal.Journal;

/** The VIR signals of a dossier that have not ended: made in the journal and not ended by a {@link VirEinde}. */
public final class VirSignalen {

    private VirSignalen() {}

    /** An active signal and the id of the journal entry that made it. */
    public record Actief(UUID entryId, VirSignaal signaal) {}

    public static List<Actief> active(Journal<EntryPayload> journal) {
        Set<UUID> ended =
                journal.current(VirEinde.class).stream().map(VirEinde::signaal).collect(Collectors.toSet());
        return journal.inForce().stream()
                .filter(e -> !ended.contains(e.id()))
                .flatMap(e -> e.payload(VirSignaal.class).map(s -> new Actief(e.id(), s)).stream())
                .toList();
    }

    public static boolean hasActive(Journal<EntryPayload> journal, UUID betrokkeneId) {
        return active(journal).stream().anyMatch(a -> a.signaal().betrokkeneId().equals(betrokkeneId));
    }
}
