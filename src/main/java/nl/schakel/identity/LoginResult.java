package nl.schakel.identity;

import java.time.Duration;
import nl.schakel.shared.Actor;

/** The outcome of a password or second-factor check. Failed tells nothing about why (no user enumeration). */
public sealed interface LoginResult {

    record Accepted(Actor actor) implements LoginResult {}

    record Failed() implements LoginResult {}

    record Throttled(Duration retryAfter) implements LoginResult {}
}
