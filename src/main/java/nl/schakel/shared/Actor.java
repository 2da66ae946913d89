package nl.schakel.shared;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Who is acting: the signed-in user in the membership they act in, or an API client of a tenant. Every module
 * facade takes its access decisions and writes its access-log rows from this.
 *
 * @param secondFactorAt when the second factor was last given in this session; {@code null} before it was given
 */
public record Actor(
        UserId userId,
        String username,
        String displayName,
        Role role,
        @Nullable TenantId tenantId,
        @Nullable TeamId teamId,
        @Nullable Beroepscluster beroepscluster,
        @Nullable Instant secondFactorAt)
        implements Principal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public String getName() {
        return username;
    }

    public Actor withSecondFactorAt(Instant at) {
        return new Actor(userId, username, displayName, role, tenantId, teamId, beroepscluster, at);
    }

    public boolean hasRole(Role wanted) {
        return role == wanted;
    }

    /** True when the second factor was given no longer than {@code maxAgeSeconds} before {@code now}. */
    public boolean secondFactorFresh(Instant now, long maxAgeSeconds) {
        return secondFactorAt != null && !secondFactorAt.isBefore(now.minusSeconds(maxAgeSeconds));
    }
}
