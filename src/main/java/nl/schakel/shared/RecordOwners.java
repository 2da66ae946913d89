package nl.schakel.shared;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The organisation responsible for a record, found by the record's id alone: each module that keeps records others
 * may try to reach by id (a dossier, a Veilig Thuis case, a member, a team) implements it for its own records. Used only
 * to write the access-log row of a refused attempt for the owning tenant as well (ADR-0021, ADR-0042), also when the
 * refusal comes before any facade (a page for another role); the answer to the asker never depends on it.
 */
public interface RecordOwners {

    /** The tenant that owns the record with this id, when this module keeps such a record. */
    Optional<TenantId> ownerOf(UUID id);

    /** The owner of the first of the ids that any of the modules knows, or empty. */
    static Optional<TenantId> ownerOfAny(List<? extends RecordOwners> modules, List<UUID> ids) {
        for (UUID id : ids) {
            for (RecordOwners module : modules) {
                Optional<TenantId> owner = module.ownerOf(id);
                if (owner.isPresent()) {
                    return owner;
                }
            }
        }
        return Optional.empty();
    }
}
