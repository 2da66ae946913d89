package nl.schakel.organisation;

import nl.schakel.shared.Role;
import nl.schakel.shared.UserId;

/**
 * A member of the same tenant who works with clients (beroepskracht or aandachtsfunctionaris), as a colleague sees
 * them: to share a dossier with, or to record steps 2–5 for members who only signal.
 *
 * @param signalOnly whether the member only signals (rule 24): they record signalen, someone else steps 2–5
 */
public record Colleague(UserId userId, String displayName, Role role, boolean signalOnly) {}
