package nl.schakel.identity;

import java.util.UUID;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.Role;
import nl.schakel.shared.TeamId;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;

/** A user's role in a tenant, optionally in one of its teams and one beroepscluster. */
public record Membership(
        UUID id,
        UserId userId,
        @Nullable TenantId tenantId,
        @Nullable TeamId teamId,
        Role role,
        @Nullable Beroepscluster beroepscluster) {}
