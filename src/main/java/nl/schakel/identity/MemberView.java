package nl.schakel.identity;

import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.Role;
import nl.schakel.shared.TeamId;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;

/** A member of a tenant as the beheerder sees it. */
public record MemberView(
        UserId userId,
        String username,
        String displayName,
        Role role,
        @Nullable TeamId teamId,
        @Nullable Beroepscluster beroepscluster,
        boolean enabled,
        boolean secondFactorEnrolled) {}
