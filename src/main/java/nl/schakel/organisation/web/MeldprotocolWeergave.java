package nl.schakel.organisation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.schakel.afwegingskader.Kader;
import nl.schakel.afwegingskader.Kaders;
import nl.schakel.organisation.Meldprotocol;
import nl.schakel.organisation.Meldprotocollen;
import nl.schakel.organisation.Stapverdeling;
import nl.schakel.organisation.Team;
import nl.schakel.organisation.VormCode;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.TeamId;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * What the meldprotocol pages and the PDF need beside a version: the names of teams, members, kaders and forms of
 * violence (no client data).
 *
 * @param deelnemers the tenant's teams and members
 * @param vormen every code of the code list, by code
 * @param scholingsregister where an aandachtsfunctionaris's training status comes from (no client data)
 */
public record MeldprotocolWeergave(
        Meldprotocollen.Deelnemers deelnemers,
        Map<String, VormCode> vormen,
        nl.schakel.organisation.Scholingsregister scholingsregister) {

    /** The training status of a member today, for the aandachtsfunctionarissen (issue 13: "training status"). */
    public nl.schakel.organisation.ScholingStatus scholing(UserId lid) {
        return scholingsregister.status(deelnemers.tenant().id(), lid);
    }

    /** The message key of a kader's name (its beroepscluster), or the code itself when unknown. */
    public String kader(String code) {
        return Kaders.find(code)
                .map(k -> "cluster." + k.beroepscluster().name())
                .orElse(code);
    }

    /** Kader code to message key of its name, for the selects. */
    public List<Kader> kaders() {
        return Kaders.all();
    }

    public String team(@Nullable TeamId id) {
        return deelnemers.team(id);
    }

    public String naam(@Nullable UserId id) {
        return deelnemers.naam(id);
    }

    /** The label of a form of violence in the language. */
    public String vorm(String code, String lang) {
        VormCode vorm = vormen.get(code);
        return vorm == null ? code : vorm.label(lang);
    }

    /** The teams' verdelingen in the order of the tenant's teams, the rest first; a team without its own follows the rest. */
    public List<Stapverdeling> verdelingen(Meldprotocol p) {
        List<Stapverdeling> rijen = new ArrayList<>();
        Stapverdeling rest = p.verdelingVoorDeRest();
        rijen.add(rest);
        for (Team t : deelnemers.teams()) {
            rijen.add(p.eigenVerdeling(t.id())
                    .orElse(new Stapverdeling(
                            t.id(), rest.alleenSignaleren(), rest.uitvoerder(), rest.eindverantwoordelijke())));
        }
        return rijen;
    }

    /** The beroepsclusters the form offers a kaderregel for: the tenant's own and any the version names. */
    public List<Beroepscluster> clusters(Meldprotocol p) {
        return java.util.Arrays.stream(Beroepscluster.values())
                .filter(c -> deelnemers.tenant().beroepsclusters().contains(c)
                        || p.kaderregels().stream().anyMatch(r -> r.waarde().equals(c.name())))
                .toList();
    }

    /** The kader a rule of this kind and value names, or "" for none. */
    public String regel(Meldprotocol p, nl.schakel.organisation.Kaderregel.Soort soort, String waarde) {
        return p.kaderregels().stream()
                .filter(r -> r.soort() == soort && r.waarde().equals(waarde))
                .map(nl.schakel.organisation.Kaderregel::kaderCode)
                .findFirst()
                .orElse("");
    }
}
