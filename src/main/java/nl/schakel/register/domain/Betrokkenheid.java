package nl.schakel.register.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.schakel.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * One region's involvement with one person, as the VT-register holds it: the pseudonym under a key version, the
 * region, and until when (null while active). No case content.
 */
public record Betrokkenheid(
        UUID id,
        TenantId regio,
        String pseudoniem,
        int sleutelversie,
        Instant sinds,
        @Nullable Instant tot) {

    public Betrokkenheid {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(regio, "regio");
        Objects.requireNonNull(pseudoniem, "pseudoniem");
        Objects.requireNonNull(sinds, "sinds");
    }

    /** Whether the involvement is about the same person under the same key: the same pseudonym and key version. */
    public boolean zelfdePersoon(Betrokkenheid andere) {
        return sleutelversie == andere.sleutelversie && pseudoniem.equals(andere.pseudoniem);
    }
}
