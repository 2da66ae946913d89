package nl.schakel.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.schakel.afwegingskader.Kader;
import nl.schakel.afwegingskader.Kaders;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.identity.MemberView;
import nl.schakel.organisation.persistence.MeldprotocolStore;
import nl.schakel.organisation.persistence.TenantStore;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.Role;
import nl.schakel.shared.TeamId;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's meldprotocol as versioned data (issue 13, ADR-0030). Other modules ask what the version in force
 * says ({@link #toepassing}, {@link #minimumeisen}); the beheerder and the aandachtsfunctionarissen record new
 * versions; everyone in the organisation who works with clients reads the version in force. Until a tenant adopts a
 * meldprotocol nothing is in force: dossiers follow the member's beroepscluster and the member settings of rule 24,
 * and no minimum requirement is proven. Every read and change by a person writes its access-log row in the same
 * transaction.
 */
@Service
public class Meldprotocollen {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final String TYPE = "meldprotocol";
    private static final Set<Role> LEZERS = EnumSet.of(Role.BEROEPSKRACHT, Role.AANDACHTSFUNCTIONARIS, Role.BEHEERDER);
    private static final Set<Role> BEHEERDERS = EnumSet.of(Role.AANDACHTSFUNCTIONARIS, Role.BEHEERDER);

    private final MeldprotocolStore store;
    private final TenantStore tenants;
    private final IdentityManagement identity;
    private final Codelijsten codelijsten;
    private final AccessLog accessLog;
    private final Clock clock;

    private final OrganisatieToegang toegang;

    Meldprotocollen(
            MeldprotocolStore store,
            TenantStore tenants,
            IdentityManagement identity,
            Codelijsten codelijsten,
            AccessLog accessLog,
            Clock clock,
            OrganisatieToegang toegang) {
        this.toegang = toegang;
        this.store = store;
        this.tenants = tenants;
        this.identity = identity;
        this.codelijsten = codelijsten;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * What the version in force today says for a member of this team, role and beroepscluster; empty while the
     * tenant has no meldprotocol in force.
     */
    @Transactional(readOnly = true)
    public Optional<MeldprotocolToepassing> toepassing(
            TenantId tenant, @Nullable TeamId team, Role role, @Nullable Beroepscluster cluster) {
        return inForce(tenant).map(v -> v.toepassing(team, role, cluster));
    }

    /** Per minimum requirement whether the version in force proves it, and why; all unmet without one. */
    @Transactional(readOnly = true)
    public List<MinimumeisStatus> minimumeisen(TenantId tenant) {
        return inForce(tenant).map(Meldprotocolregels::minimumeisen).orElseGet(Meldprotocolregels::zonderMeldprotocol);
    }

    /** The version in force today of the tenant's meldprotocol, for other modules (no access log: no person reads). */
    @Transactional(readOnly = true)
    public Optional<MeldprotocolVersie> vanKracht(TenantId tenant) {
        return inForce(tenant);
    }

    /** The version of the tenant's meldprotocol a dossier ran under, for other modules; empty for an unknown one. */
    @Transactional(readOnly = true)
    public Optional<MeldprotocolVersie> versie(TenantId tenant, int versie) {
        return store.find(tenant, versie);
    }

    /** The version in force today, read by a member of the organisation who works with clients or manages it. */
    @Transactional
    public Optional<MeldprotocolVersie> vanKracht(Actor by) {
        TenantId tenant = organisation(by, LEZERS, "organisation.meldprotocol.read", ActionCode.R);
        Optional<MeldprotocolVersie> versie = inForce(tenant);
        accessLog.record(AccessEvent.by(by, "organisation.meldprotocol.read", ActionCode.R)
                .on(TYPE, versie.map(v -> String.valueOf(v.versie())).orElse("geen")));
        return versie;
    }

    /** Every version, newest first, for the beheerder and the aandachtsfunctionarissen. */
    @Transactional
    public List<MeldprotocolVersie> versies(Actor by) {
        TenantId tenant = organisation(by, BEHEERDERS, "organisation.meldprotocol.list", ActionCode.R);
        accessLog.record(AccessEvent.by(by, "organisation.meldprotocol.list", ActionCode.R)
                .tenant(tenant));
        return store.all(tenant);
    }

    /**
     * One version, current or older: for the beheerder and the aandachtsfunctionarissen any, for the others the one
     * in force.
     */
    @Transactional
    public MeldprotocolVersie versie(Actor by, int versie) {
        TenantId tenant = organisation(by, LEZERS, "organisation.meldprotocol.read", ActionCode.R);
        Optional<MeldprotocolVersie> found = store.find(tenant, versie)
                .filter(v -> BEHEERDERS.contains(by.role())
                        || inForce(tenant).map(f -> f.versie() == versie).orElse(false));
        AccessEvent event = AccessEvent.by(by, "organisation.meldprotocol.read", ActionCode.R)
                .on(TYPE, String.valueOf(versie));
        if (found.isEmpty()) {
            accessLog.recordDenial(event);
            throw new NotFoundException(TYPE);
        }
        accessLog.record(event);
        return found.get();
    }

    /** The PDF of a version is downloaded (logged as an export); the content is what {@link #versie} gives. */
    @Transactional
    public MeldprotocolVersie voorDocument(Actor by, int versie) {
        MeldprotocolVersie v = versie(by, versie);
        accessLog.record(AccessEvent.by(by, "organisation.meldprotocol.export", ActionCode.E)
                .on(TYPE, String.valueOf(versie)));
        return v;
    }

    /**
     * What the form for a new version starts from: the newest version with today's dates, or, before the first, a
     * protocol with the kader of the organisation's first beroepscluster and the retention terms of its sectors.
     */
    @Transactional(readOnly = true)
    public Meldprotocol concept(Actor by) {
        TenantId tenant = organisation(by, BEHEERDERS, "organisation.meldprotocol.create", ActionCode.C);
        LocalDate vandaag = vandaag();
        return store.all(tenant).stream()
                .findFirst()
                .map(v -> v.inhoud().vastgesteld(v.inhoud().vastgesteldDoor(), vandaag, vandaag))
                .orElseGet(() -> eerste(tenants.find(tenant).orElseThrow().beroepsclusters(), vandaag));
    }

    /**
     * Records a new version, by the beheerder or an aandachtsfunctionaris of the organisation; refused with Dutch
     * field errors when it breaks a rule of {@link Meldprotocolregels}.
     */
    @Transactional
    public MeldprotocolVersie legVast(Actor by, Meldprotocol inhoud) {
        TenantId tenant = organisation(by, BEHEERDERS, "organisation.meldprotocol.create", ActionCode.C);
        Meldprotocolregels.controleer(inhoud, keuzes(tenant));
        MeldprotocolVersie versie = store.insert(tenant, inhoud, clock.instant(), by.userId(), by.displayName());
        accessLog.record(AccessEvent.by(by, "organisation.meldprotocol.create", ActionCode.C)
                .on(TYPE, String.valueOf(versie.versie())));
        return versie;
    }

    /** Records a version as the system does for the demo data, checked by the same rules. */
    @Transactional
    public MeldprotocolVersie legVastAlsSysteem(TenantId tenant, Meldprotocol inhoud) {
        Meldprotocolregels.controleer(inhoud, keuzes(tenant));
        return store.insert(tenant, inhoud, clock.instant(), null, "Schakel (demo)");
    }

    /** The tenant's teams and members, with their names, for the pages (no client data). */
    @Transactional(readOnly = true)
    public Deelnemers deelnemers(Actor by) {
        TenantId tenant = organisation(by, LEZERS, "organisation.meldprotocol.read", ActionCode.R);
        Map<UserId, String> namen = new LinkedHashMap<>();
        identity.membersOf(tenant).forEach(m -> namen.put(m.userId(), m.displayName()));
        return new Deelnemers(
                tenants.teams(tenant),
                namen,
                clientLeden(tenant),
                tenants.find(tenant).orElseThrow());
    }

    /**
     * The teams and members of a tenant as the meldprotocol pages show them.
     *
     * @param teams the tenant's teams
     * @param namen every member's display name
     * @param clientLeden the enabled members who work with clients, who may be uitvoerder or aandachtsfunctionaris
     * @param tenant the tenant itself
     */
    public record Deelnemers(
            List<Team> teams,
            Map<UserId, String> namen,
            Map<UserId, MeldprotocolKeuzes.ClientLid> clientLeden,
            Tenant tenant) {

        /** The team's name; "" for {@code null} or a team that is gone. */
        public String team(@Nullable TeamId id) {
            return teams.stream()
                    .filter(t -> t.id().equals(id))
                    .map(Team::name)
                    .findFirst()
                    .orElse("");
        }

        /** The member's name; "" for {@code null} or a member that is gone. */
        public String naam(@Nullable UserId id) {
            return id == null ? "" : namen.getOrDefault(id, "");
        }
    }

    private MeldprotocolKeuzes keuzes(TenantId tenant) {
        return new MeldprotocolKeuzes(
                tenants.teams(tenant).stream().map(Team::id).collect(Collectors.toSet()),
                identity.membersOf(tenant).stream()
                        .filter(MemberView::enabled)
                        .map(MemberView::userId)
                        .collect(Collectors.toSet()),
                clientLeden(tenant),
                Kaders.all().stream().map(Kader::code).collect(Collectors.toSet()),
                codelijsten.vormenVanGeweld().stream().map(VormCode::code).collect(Collectors.toSet()),
                vandaag());
    }

    private Map<UserId, MeldprotocolKeuzes.ClientLid> clientLeden(TenantId tenant) {
        Map<UserId, MeldprotocolKeuzes.ClientLid> leden = new LinkedHashMap<>();
        identity.membersOf(tenant).stream()
                .filter(m -> m.enabled() && (m.role() == Role.BEROEPSKRACHT || m.role() == Role.AANDACHTSFUNCTIONARIS))
                .forEach(m -> leden.put(m.userId(), new MeldprotocolKeuzes.ClientLid(m.teamId(), m.role())));
        return leden;
    }

    private Optional<MeldprotocolVersie> inForce(TenantId tenant) {
        return store.vanKracht(tenant, vandaag());
    }

    private LocalDate vandaag() {
        return LocalDate.ofInstant(clock.instant(), DUTCH_TIME);
    }

    private TenantId organisation(Actor by, Set<Role> roles, String event, ActionCode action) {
        return toegang.eigenOrganisatie(by, roles, event, action);
    }

    private static Meldprotocol eerste(Set<Beroepscluster> clusters, LocalDate vandaag) {
        Beroepscluster eerste = clusters.stream().sorted().findFirst().orElse(Beroepscluster.ONDERWIJS);
        boolean medewerkerroute =
                clusters.contains(Beroepscluster.ONDERWIJS) || clusters.contains(Beroepscluster.KINDEROPVANG);
        return new Meldprotocol(
                "",
                vandaag,
                vandaag,
                List.of("", "", "", "", ""),
                List.of(new Stapverdeling(null, false, null, null)),
                List.of(),
                Kaders.of(eerste).code(),
                List.of(),
                List.of(),
                new Checkinstructie("", Set.of()),
                new Checkinstructie("", Set.of()),
                new Verwijsindexafspraak(false, ""),
                new Medewerkerroute(medewerkerroute, "", "", ""),
                Bewaartermijnen.standaard(clusters),
                List.of(),
                List.of(new SocialeKaartContact("Veilig Thuis", "Advies en melding, dag en nacht", "0800-2000")));
    }
}
