package nl.schakel.identity.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Slows down password and code guessing without locking anyone out: after {@link #FREE_FAILURES} failures for
 * the same key, the next attempt must wait, twice as long after each further failure, at most
 * {@link #MAX_WAIT}. Keys combine the username with the network address, so an attacker elsewhere cannot block a
 * user (no lock-out denial of service); a second, looser key per address slows down spraying many usernames.
 */
public final class LoginThrottle {

    public static final int FREE_FAILURES = 5;
    public static final int FREE_FAILURES_PER_ADDRESS = 50;
    public static final Duration FIRST_WAIT = Duration.ofSeconds(5);
    public static final Duration MAX_WAIT = Duration.ofMinutes(15);
    /** Failures older than this are forgotten. */
    public static final Duration MEMORY = Duration.ofHours(1);

    private LoginThrottle() {}

    /** How long the next attempt must still wait; zero when it may go ahead. */
    public static Duration waitBefore(int failures, Instant lastFailure, Instant now, int freeFailures) {
        if (failures < freeFailures || lastFailure.plus(MEMORY).isBefore(now)) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 20);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        if (wait.compareTo(MAX_WAIT) > 0) {
            wait = MAX_WAIT;
        }
        Duration left = Duration.between(now, lastFailure.plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
