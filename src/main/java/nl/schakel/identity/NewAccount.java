package nl.schakel.identity;

import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.Role;
import nl.schakel.shared.TeamId;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantKind;
import org.jspecify.annotations.Nullable;

/**
 * A new member of a tenant (or the platformbeheerder, who has no tenant), with the first password. The member sets
 * up the second factor at the first login.
 */
public record NewAccount(
        String username,
        String displayName,
        String password,
        @Nullable TenantId tenantId,
        @Nullable TenantKind tenantKind,
        @Nullable TeamId teamId,
        Role role,
        @Nullable Beroepscluster beroepscluster) {

    @Override
    public String toString() {
        return "NewAccount[role=" + role + ", tenant=" + tenantId + "]";
    }
}
