package nl.schakel.organisation;

import java.time.Instant;
import java.util.Optional;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.Role;
import nl.schakel.shared.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * One stored version of a tenant's meldprotocol: its number (1, 2, …), its content, and who recorded it in Schakel
 * when. Versions are never changed; the version in force is the highest one whose ingangsdatum has come.
 *
 * @param versie the version number, from 1
 * @param inhoud the content
 * @param vastgelegdOp when it was recorded in Schakel
 * @param vastgelegdDoor the display name of the member who recorded it
 */
public record MeldprotocolVersie(int versie, Meldprotocol inhoud, Instant vastgelegdOp, String vastgelegdDoor) {

    /** What this version says for a member of this team, role and beroepscluster. */
    public MeldprotocolToepassing toepassing(@Nullable TeamId team, Role role, @Nullable Beroepscluster cluster) {
        Stapverdeling verdeling = inhoud.verdeling(team);
        boolean alleenSignaleren = inhoud.alleenSignaleren(team, role);
        return new MeldprotocolToepassing(
                versie,
                inhoud.kader(team, role, cluster),
                alleenSignaleren,
                alleenSignaleren ? Optional.ofNullable(verdeling.uitvoerder()) : Optional.empty(),
                Optional.ofNullable(verdeling.eindverantwoordelijke()));
    }
}
