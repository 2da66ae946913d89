package nl.schakel.organisation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import nl.schakel.shared.Role;
import nl.schakel.shared.TeamId;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * What a new meldprotocol version may refer to, as the facade reads it when the version is recorded: the tenant's
 * teams and members, the kaders and the active codes of the code list, and today's date.
 *
 * @param teams the tenant's teams
 * @param leden every enabled member (who may be eindverantwoordelijk)
 * @param clientLeden the members who work with clients (beroepskracht, aandachtsfunctionaris), with their team and role: who
 *     may be uitvoerder or aandachtsfunctionaris
 * @param kaderCodes the codes of the afwegingskaders
 * @param vormCodes the active codes of the code list "vormen van geweld"
 * @param vandaag today, in Europe/Amsterdam
 */
public record MeldprotocolKeuzes(
        Set<TeamId> teams,
        Set<UserId> leden,
        Map<UserId, ClientLid> clientLeden,
        Set<String> kaderCodes,
        Set<String> vormCodes,
        LocalDate vandaag) {

    public MeldprotocolKeuzes {
        teams = Set.copyOf(teams);
        leden = Set.copyOf(leden);
        clientLeden = Map.copyOf(clientLeden);
        kaderCodes = Set.copyOf(kaderCodes);
        vormCodes = Set.copyOf(vormCodes);
    }

    /** A member who works with clients: their team ({@code null}: none) and role. */
    public record ClientLid(@Nullable TeamId team, Role role) {}
}
