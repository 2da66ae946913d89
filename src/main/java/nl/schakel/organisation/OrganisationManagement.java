package nl.schakel.organisation;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.identity.MemberView;
import nl.schakel.identity.NewAccount;
import nl.schakel.organisation.persistence.TenantStore;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.Pagina;
import nl.schakel.shared.Paginering;
import nl.schakel.shared.Role;
import nl.schakel.shared.TeamId;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantKind;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tenants, teams and members. The platformbeheerder creates tenants with their first beheerder; a beheerder manages
 * the teams and members of their own tenant only. Each change writes its access-log row in the same transaction.
 */
@Service
public class OrganisationManagement {

    private final TenantStore tenants;
    private final IdentityManagement identity;
    private final AccessLog accessLog;
    private final Clock clock;

    OrganisationManagement(TenantStore tenants, IdentityManagement identity, AccessLog accessLog, Clock clock) {
        this.tenants = tenants;
        this.identity = identity;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Creates a tenant and its first beheerder, both or neither. */
    @Transactional
    public TenantId createTenant(Actor by, NewTenant request) {
        if (!by.hasRole(Role.PLATFORMBEHEERDER)) {
            accessLog.recordDenial(AccessEvent.by(by, "organisation.tenant.create", ActionCode.C));
            throw new AccessDeniedException("organisation.tenant.create");
        }
        Tenant tenant = validTenant(request);
        tenants.insert(tenant, clock.instant());
        accessLog.record(AccessEvent.by(by, "organisation.tenant.create", ActionCode.C)
                .on("tenant", tenant.id())
                .tenant(tenant.id()));
        try {
            identity.createAccount(
                    by,
                    new NewAccount(
                            request.beheerderUsername(),
                            request.beheerderName(),
                            request.beheerderPassword(),
                            tenant.id(),
                            tenant.kind(),
                            null,
                            Role.BEHEERDER,
                            null));
        } catch (InvalidInputException e) {
            // the form calls the beheerder's name "beheerderNaam"; "naam" is the tenant's
            Map<String, String> errors = new LinkedHashMap<>();
            e.fieldErrors().forEach((field, key) -> errors.put(field.equals("naam") ? "beheerderNaam" : field, key));
            throw new InvalidInputException(errors);
        }
        return tenant.id();
    }

    /** Creates a tenant without a beheerder, as the system does for the demo data. */
    @Transactional
    public TenantId createSystemTenant(
            String name, TenantKind kind, Set<String> sectors, Set<Beroepscluster> clusters) {
        return createSystemTenant(TenantId.random(), name, kind, sectors, clusters);
    }

    /**
     * Creates a tenant without a beheerder under a given id: the demo tenants have fixed ids, so that the instances
     * of a federated set (each with its own database) know each other's tenants by the same id.
     */
    @Transactional
    public TenantId createSystemTenant(
            TenantId id, String name, TenantKind kind, Set<String> sectors, Set<Beroepscluster> clusters) {
        Tenant tenant = new Tenant(id, name, kind, sectors, clusters);
        tenants.insert(tenant, clock.instant());
        return tenant.id();
    }

    /** One page of the tenants, for the platformbeheerder (names and kinds only; no client data). */
    @Transactional
    public Pagina<Tenant> tenants(Actor by, Paginering pagina) {
        if (!by.hasRole(Role.PLATFORMBEHEERDER)) {
            accessLog.recordDenial(AccessEvent.by(by, "organisation.tenant.list", ActionCode.R));
            throw new AccessDeniedException("organisation.tenant.list");
        }
        return Pagina.van(tenants.page(pagina), pagina);
    }

    /**
     * The tenants of one kind, names and kinds only (no client data): for example the Veilig Thuis regions a
     * melding can be addressed to.
     */
    @Transactional(readOnly = true)
    public List<Tenant> tenantsOfKind(TenantKind kind) {
        return tenants.ofKind(kind);
    }

    /**
     * A tenant of this instance by its id, name and kind only (no client data): whether a chain message to it is
     * served here or by a federated party ({@code keten}).
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Tenant> tenant(TenantId id) {
        return tenants.find(id);
    }

    /** The actor's own tenant. */
    public Tenant ownTenant(Actor by) {
        TenantId id = by.tenantId();
        if (id == null) {
            throw new NotFoundException("tenant");
        }
        return tenants.find(id).orElseThrow(() -> new NotFoundException("tenant"));
    }

    public java.util.Optional<Tenant> findByName(String name) {
        return tenants.findByName(name);
    }

    /** Creates a team in the actor's own tenant: by its beheerder, or by its record system through the API. */
    @Transactional
    public TeamId createTeam(Actor by, String name) {
        Tenant tenant = by.hasRole(Role.API_KOPPELING) && by.tenantId() != null
                ? ownTenant(by)
                : ownTenantAsBeheerder(by, "organisation.team.create");
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            throw new InvalidInputException("naam", "team.fout.naam");
        }
        if (tenants.teams(tenant.id()).stream().anyMatch(t -> t.name().equalsIgnoreCase(clean))) {
            throw new InvalidInputException("naam", "team.fout.bestaat");
        }
        Team team = new Team(TeamId.random(), tenant.id(), clean);
        tenants.insertTeam(team, clock.instant());
        accessLog.record(
                AccessEvent.by(by, "organisation.team.create", ActionCode.C).on("team", team.id()));
        return team.id();
    }

    /** Creates a team as the system does for the demo data. */
    @Transactional
    public TeamId createSystemTeam(TenantId tenant, String name) {
        Team team = new Team(TeamId.random(), tenant, name);
        tenants.insertTeam(team, clock.instant());
        return team.id();
    }

    /** One team of the actor's own tenant; another tenant's team is "not found" (and the probe is logged). */
    @Transactional
    public Team team(Actor by, TeamId id) {
        TenantId tenant = by.tenantId();
        var team = tenant == null ? java.util.Optional.<Team>empty() : tenants.team(tenant, id);
        if (team.isEmpty()) {
            accessLog.recordDenial(AccessEvent.by(by, "organisation.team.read", ActionCode.R)
                    .on("team", id)
                    .ownedBy(tenants.ownerOf(id.value()).orElse(null)));
            throw new NotFoundException("team");
        }
        return team.get();
    }

    /** The teams of the actor's own tenant. */
    public List<Team> teams(Actor by) {
        TenantId id = by.tenantId();
        return id == null ? List.of() : tenants.teams(id);
    }

    /**
     * Adds a member to the beheerder's own tenant. Members of an organisation who work with clients need a
     * beroepscluster, one of the tenant's own; the team must be one of the tenant's.
     */
    @Transactional
    public UserId addMember(Actor by, NewMember member) {
        Tenant tenant = ownTenantAsBeheerder(by, "organisation.member.create");
        boolean needsCluster = needsCluster(tenant, member.role());
        NewAccount account = new NewAccount(
                member.username(),
                member.displayName(),
                member.password(),
                tenant.id(),
                tenant.kind(),
                member.teamId(),
                member.role(),
                needsCluster ? member.beroepscluster() : null);
        Map<String, String> errors = new LinkedHashMap<>(identity.problemsWith(account));
        errors.putAll(placementProblems(tenant, member.role(), member.teamId(), member.beroepscluster()));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return identity.createAccount(by, account);
    }

    /** Changes a member's role, team and beroepscluster, with the same checks as when adding a member. */
    @Transactional
    public void changeMember(
            Actor by, UserId member, Role role, @Nullable TeamId team, @Nullable Beroepscluster cluster) {
        Tenant tenant = ownTenantAsBeheerder(by, "identity.membership.change");
        Map<String, String> errors = placementProblems(tenant, role, team, cluster);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        identity.changeMembership(by, member, tenant.kind(), role, team, needsCluster(tenant, role) ? cluster : null);
    }

    public List<MemberView> members(Actor by) {
        Tenant tenant = ownTenantAsBeheerder(by, "identity.member.list");
        return identity.members(by, tenant.id());
    }

    /**
     * The team must be one of the tenant's, and members who work with clients in an organisation need one of its
     * beroepsclusters.
     */
    private Map<String, String> placementProblems(
            Tenant tenant, Role role, @Nullable TeamId team, @Nullable Beroepscluster cluster) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (team != null && tenants.team(tenant.id(), team).isEmpty()) {
            errors.put("team", "lid.fout.team");
        }
        if (needsCluster(tenant, role)
                && (cluster == null || !tenant.beroepsclusters().contains(cluster))) {
            errors.put("beroepscluster", "lid.fout.beroepscluster");
        }
        return errors;
    }

    private static boolean needsCluster(Tenant tenant, Role role) {
        return tenant.kind() == TenantKind.ORGANISATIE
                && (role == Role.BEROEPSKRACHT || role == Role.AANDACHTSFUNCTIONARIS);
    }

    private Tenant ownTenantAsBeheerder(Actor by, String event) {
        if (!by.hasRole(Role.BEHEERDER) || by.tenantId() == null) {
            accessLog.recordDenial(AccessEvent.by(by, event, ActionCode.C));
            throw new AccessDeniedException(event);
        }
        return ownTenant(by);
    }

    private Tenant validTenant(NewTenant request) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = request.name().strip();
        if (name.length() < 2 || name.length() > 120) {
            errors.put("naam", "organisatie.fout.naam");
        } else if (tenants.findByName(name).isPresent()) {
            errors.put("naam", "organisatie.fout.bestaat");
        }
        boolean organisation = request.kind() == TenantKind.ORGANISATIE;
        if (organisation && request.beroepsclusters().isEmpty()) {
            errors.put("beroepsclusters", "organisatie.fout.beroepsclusters");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Tenant(
                TenantId.random(),
                name,
                request.kind(),
                request.sectors(),
                organisation ? request.beroepsclusters() : Set.of());
    }

    /** A member to add to the beheerder's tenant. */
    public record NewMember(
            String username,
            String displayName,
            String password,
            Role role,
            @Nullable TeamId teamId,
            @Nullable Beroepscluster beroepscluster) {

        @Override
        public String toString() {
            return "NewMember[role=" + role + "]";
        }
    }
}
