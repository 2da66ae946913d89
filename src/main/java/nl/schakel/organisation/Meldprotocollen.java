package nl.schakel.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.Role;
import nl.schakel.shared.TeamId;
import nl.schakel.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's meldprotocol as versioned data (issue 13): what other modules may ask of the version in force.
 * Until a tenant adopts a meldprotocol, nothing is in force: dossiers follow the member's beroepscluster and the
 * member settings of rule 24, and no minimum requirement is proven.
 */
@Service
public class Meldprotocollen {

    /**
     * What the version in force today says for a member of this team, role and beroepscluster; empty while the
     * tenant has no meldprotocol in force.
     */
    @Transactional(readOnly = true)
    public Optional<MeldprotocolToepassing> toepassing(
            TenantId tenant, @Nullable TeamId team, Role role, @Nullable Beroepscluster cluster) {
        return Optional.empty();
    }

    /** Per minimum requirement whether the version in force proves it, and why; all unmet without one. */
    @Transactional(readOnly = true)
    public List<MinimumeisStatus> minimumeisen(TenantId tenant) {
        return Arrays.stream(Minimumeis.values())
                .map(eis -> new MinimumeisStatus(eis, false, "meldprotocol.eis.geenprotocol", List.of()))
                .toList();
    }
}
