package nl.schakel.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.Role;
import nl.schakel.shared.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * The content of one version of an organisation's meldprotocol (issue 13; domain spec §1.2–1.8 and §5, F1–F11, F17):
 * plain data, checked by {@link Meldprotocolregels}. A change is a new {@link MeldprotocolVersie}; the older ones stay.
 *
 * @param vastgesteldDoor who adopted this version (the board decision: "Bestuur, besluit 2026-14")
 * @param vastgesteldOp the date of the board decision
 * @param ingangsdatum from when the version is in force (Europe/Amsterdam)
 * @param stappen per step 1–5 how the organisation applies it (five texts, each may be blank)
 * @param stapverdelingen who runs the steps, per team; exactly one for the rest of the organisation (team {@code null})
 * @param kaderregels which afwegingskader applies to whom, besides {@code kaderVoorIedereen}
 * @param kaderVoorIedereen the kader of everyone no rule names (never blank)
 * @param aandachtsfunctionarissen the aandachtsfunctionarissen
 * @param specifiekeVormen the specific forms of violence switched on, with expert and instruction
 * @param kindcheck the kindcheck instruction and moments
 * @param mantelzorgcheck the mantelzorgcheck instruction and moments (blank: not used)
 * @param verwijsindex whether and how the organisation signals in the Verwijsindex
 * @param medewerkerroute the route for a suspicion against a colleague
 * @param bewaartermijnen the retention term per dossier type
 * @param veiligThuisRegios the Veilig Thuis region(s) the organisation works with
 * @param socialeKaart the organisation's sociale kaart
 */
public record Meldprotocol(
        String vastgesteldDoor,
        LocalDate vastgesteldOp,
        LocalDate ingangsdatum,
        List<String> stappen,
        List<Stapverdeling> stapverdelingen,
        List<Kaderregel> kaderregels,
        String kaderVoorIedereen,
        List<Aandachtsfunctionaris> aandachtsfunctionarissen,
        List<SpecifiekeVorm> specifiekeVormen,
        Checkinstructie kindcheck,
        Checkinstructie mantelzorgcheck,
        Verwijsindexafspraak verwijsindex,
        Medewerkerroute medewerkerroute,
        List<Bewaartermijn> bewaartermijnen,
        List<String> veiligThuisRegios,
        List<SocialeKaartContact> socialeKaart) {

    /** The number of meldcode steps. */
    public static final int STAPPEN = 5;

    public Meldprotocol {
        stappen = List.copyOf(stappen);
        stapverdelingen = List.copyOf(stapverdelingen);
        kaderregels = List.copyOf(kaderregels);
        aandachtsfunctionarissen = List.copyOf(aandachtsfunctionarissen);
        specifiekeVormen = List.copyOf(specifiekeVormen);
        bewaartermijnen = List.copyOf(bewaartermijnen);
        veiligThuisRegios = List.copyOf(veiligThuisRegios);
        socialeKaart = List.copyOf(socialeKaart);
    }

    /**
     * Whether a member of this team and role only signals: their team's verdeling (or the rest's) says so, and they
     * are no aandachtsfunctionaris, who are the ones who take the steps over.
     */
    public boolean alleenSignaleren(@Nullable TeamId team, Role role) {
        return verdeling(team).alleenSignaleren() && role != Role.AANDACHTSFUNCTIONARIS;
    }

    /** This content with another adoption: the starting point of the next version. */
    public Meldprotocol vastgesteld(String door, LocalDate op, LocalDate ingang) {
        return new Meldprotocol(
                door,
                op,
                ingang,
                stappen,
                stapverdelingen,
                kaderregels,
                kaderVoorIedereen,
                aandachtsfunctionarissen,
                specifiekeVormen,
                kindcheck,
                mantelzorgcheck,
                verwijsindex,
                medewerkerroute,
                bewaartermijnen,
                veiligThuisRegios,
                socialeKaart);
    }

    /** The verdeling of the member's team, or the one for the rest of the organisation. */
    public Stapverdeling verdeling(@Nullable TeamId team) {
        return eigenVerdeling(team).orElseGet(this::verdelingVoorDeRest);
    }

    /** The team's own verdeling, if the protocol gives it one. */
    public Optional<Stapverdeling> eigenVerdeling(@Nullable TeamId team) {
        return team == null
                ? Optional.empty()
                : stapverdelingen.stream().filter(v -> team.equals(v.team())).findFirst();
    }

    /** The verdeling for everyone outside a team with its own (every valid protocol has one). */
    public Stapverdeling verdelingVoorDeRest() {
        return stapverdelingen.stream()
                .filter(Stapverdeling::voorDeRest)
                .findFirst()
                .orElse(new Stapverdeling(null, false, null, null));
    }

    /**
     * The kader for a member: the team's rule, else the role's, else the beroepscluster's, else the kader for
     * everyone (rule 15: never blank).
     */
    public String kader(@Nullable TeamId team, Role role, @Nullable Beroepscluster cluster) {
        return regel(Kaderregel.Soort.TEAM, team == null ? null : team.toString())
                .or(() -> regel(Kaderregel.Soort.ROL, role.name()))
                .or(() -> regel(Kaderregel.Soort.BEROEPSCLUSTER, cluster == null ? null : cluster.name()))
                .orElse(kaderVoorIedereen);
    }

    /** The specific form with this code, if switched on. */
    public Optional<SpecifiekeVorm> specifiekeVorm(String vormCode) {
        return specifiekeVormen.stream()
                .filter(v -> v.vormCode().equals(vormCode))
                .findFirst();
    }

    private Optional<String> regel(Kaderregel.Soort soort, @Nullable String waarde) {
        return kaderregels.stream()
                .filter(r -> r.soort() == soort && r.waarde().equals(waarde))
                .map(Kaderregel::kaderCode)
                .findFirst();
    }
}
