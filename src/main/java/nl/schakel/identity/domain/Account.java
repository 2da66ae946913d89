package nl.schakel.identity.domain;

import java.time.Instant;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;

/** A user's account: the credentials behind a username. Its {@code toString} never shows a secret. */
public record Account(
        UserId id,
        String username,
        String displayName,
        String passwordHash,
        @Nullable String totpSecret,
        @Nullable Instant totpEnrolledAt,
        long totpLastStep,
        boolean enabled,
        boolean mustChangePassword) {

    public boolean secondFactorEnrolled() {
        return totpSecret != null && totpEnrolledAt != null;
    }

    @Override
    public String toString() {
        return "Account[id=" + id + "]";
    }
}
