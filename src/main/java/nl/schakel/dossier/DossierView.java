package nl.schakel.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.shared.UserId;

/**
 * One dossier as the actor may see it: its betrokkenen and its journal, newest entry first.
 */
public record DossierView(
        UUID id,
        UserId ownerId,
        String ownerName,
        Instant createdAt,
        DossierStatus status,
        List<BetrokkeneView> betrokkenen,
        List<EntryView> journal) {

    public Optional<EntryView> entry(UUID entryId) {
        return journal.stream().filter(e -> e.id().equals(entryId)).findFirst();
    }
}
