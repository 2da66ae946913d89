package nl.schakel.organisation;

import java.util.Optional;
import nl.schakel.shared.UserId;

/**
 * What the meldprotocol in force says for one member (their team, role and beroepscluster) when they open a dossier:
 * the dossier records the version and follows the rest.
 *
 * @param versie the meldprotocol version the dossier runs under
 * @param kaderCode the afwegingskader the member uses (the first matching rule; never blank, the protocol always
 *     has a rule for everyone else)
 * @param alleenSignaleren whether the member's team only signals (step 1) and someone else runs steps 2–5 (rule 24)
 * @param uitvoerder who runs steps 2–5 for a signal-only member: a named colleague, or empty for the
 *     aandachtsfunctionarissen; empty too when the member runs the steps themselves
 * @param eindverantwoordelijke who is eindverantwoordelijk for the decision to report: a named member, or empty for
 *     the one who runs steps 2–5
 */
public record MeldprotocolToepassing(
        int versie,
        String kaderCode,
        boolean alleenSignaleren,
        Optional<UserId> uitvoerder,
        Optional<UserId> eindverantwoordelijke) {}
