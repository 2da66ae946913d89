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
 * @param apiClient the API client (role {@code API_KOPPELING}) that acts on this member's behalf, or {@code null}
 *     when the member acts themselves (ADR-0014): access is decided as for the member, the access log names the client
 *     as the user and the member as on whose behalf
 */
public record Actor(
        UserId userId,
        String username,
        String displayName,
        Role role,
        @Nullable TenantId tenantId,
        @Nullable TeamId teamId,
        @Nullable Beroepscluster beroepscluster,
        @Nullable Instant secondFactorAt,
        @Nullable Actor apiClient)
        implements Principal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A member or API client acting for themselves. */
    public Actor(
            UserId userId,
            String username,
            String displayName,
            Role role,
            @Nullable TenantId tenantId,
            @Nullable TeamId teamId,
            @Nullable Beroepscluster beroepscluster,
            @Nullable Instant secondFactorAt) {
        this(userId, username, displayName, role, tenantId, teamId, beroepscluster, secondFactorAt, null);
    }

    @Override
    public String getName() {
        return username;
    }

    public Actor withSecondFactorAt(Instant at) {
        return new Actor(userId, username, displayName, role, tenantId, teamId, beroepscluster, at, apiClient);
    }

    /** This member, acted for by the API client (which must be a client of the member's tenant). */
    public Actor actedForBy(Actor client) {
        if (!client.hasRole(Role.API_KOPPELING)
                || client.tenantId() == null
                || !client.tenantId().equals(tenantId)) {
            throw new IllegalArgumentException("only an API client of the member's own tenant acts for a member");
        }
        return new Actor(userId, username, displayName, role, tenantId, teamId, beroepscluster, null, client);
    }

    public boolean hasRole(Role wanted) {
        return role == wanted;
    }

    /** True when the second factor was given no longer than {@code maxAgeSeconds} before {@code now}. */
    public boolean secondFactorFresh(Instant now, long maxAgeSeconds) {
        return secondFactorAt != null && !secondFactorAt.isBefore(now.minusSeconds(maxAgeSeconds));
    }
}
