package nl.schakel.organisation;

import nl.schakel.shared.TeamId;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * Who runs the five meldcode steps in one team, or in the rest of the organisation (domain spec §1.2, rule 24;
 * minimum requirement "rollen"): the member themselves, or, for a team that only signals, a named uitvoerder or else
 * the aandachtsfunctionarissen; and who is eindverantwoordelijk for the decision to report.
 *
 * @param team the team, or {@code null} for everyone not in a team with its own verdeling
 * @param alleenSignaleren whether the team's members only signal (step 1) and hand steps 2–5 over
 * @param uitvoerder who runs steps 2–5 for a signal-only team; {@code null} for the aandachtsfunctionarissen (and
 *     always {@code null} when the members run the steps themselves)
 * @param eindverantwoordelijke who is eindverantwoordelijk for the decision to report; {@code null} for the one who
 *     runs steps 2–5
 */
public record Stapverdeling(
        @Nullable TeamId team,
        boolean alleenSignaleren,
        @Nullable UserId uitvoerder,
        @Nullable UserId eindverantwoordelijke) {

    public Stapverdeling {
        if (!alleenSignaleren) {
            uitvoerder = null;
        }
    }

    /** The verdeling for everyone outside a team with their own. */
    public boolean voorDeRest() {
        return team == null;
    }
}
