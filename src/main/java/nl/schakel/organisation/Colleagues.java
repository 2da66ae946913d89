package nl.schakel.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.organisation.persistence.MemberSettingStore;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The colleagues within a tenant who work with clients, and the settings of rule 24 of the meldcode: which members
 * only signal, and who records steps 2–5 for them (a named colleague, or by default the aandachtsfunctionarissen).
 * The beheerder changes the settings; each change writes its access-log row in the same transaction.
 */
@Service
public class Colleagues {

    private final IdentityManagement identity;
    private final MemberSettingStore settings;
    private final AccessLog accessLog;

    Colleagues(IdentityManagement identity, MemberSettingStore settings, AccessLog accessLog) {
        this.identity = identity;
        this.settings = settings;
        this.accessLog = accessLog;
    }

    /**
     * The enabled beroepskrachten and aandachtsfunctionarissen of the tenant (names and roles only, no client
     * data), by name.
     */
    @Transactional(readOnly = true)
    public List<Colleague> of(TenantId tenant) {
        Set<UserId> signalOnly = settings.signalOnly(tenant);
        return identity.membersOf(tenant).stream()
                .filter(m -> m.enabled() && worksWithClients(m.role()))
                .map(m -> new Colleague(m.userId(), m.displayName(), m.role(), signalOnly.contains(m.userId())))
                .sorted(Comparator.comparing(Colleague::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** One colleague of the tenant who works with clients; empty for anyone else (another tenant, a beheerder). */
    @Transactional(readOnly = true)
    public Optional<Colleague> find(TenantId tenant, UserId user) {
        return of(tenant).stream().filter(c -> c.userId().equals(user)).findFirst();
    }

    /** Whether the member only signals (rule 24). */
    @Transactional(readOnly = true)
    public boolean signalOnly(TenantId tenant, UserId user) {
        return settings.isSignalOnly(tenant, user);
    }

    /**
     * Who records steps 2–5 for members who only signal: the named colleague, while they still work with clients
     * and do not only signal themselves; empty means the aandachtsfunctionarissen.
     */
    @Transactional(readOnly = true)
    public Optional<Colleague> signalExecutor(TenantId tenant) {
        return settings.executor(tenant).flatMap(id -> find(tenant, id)).filter(c -> !c.signalOnly());
    }

    /** The beheerder marks a member of the own tenant as signalling only, or not. */
    @Transactional
    public void setSignalOnly(Actor by, UserId member, boolean signalOnly) {
        TenantId tenant = ownTenantAsBeheerder(by, "organisation.member.signal-only");
        identity.memberOfOrRefuse(by, tenant, member, "organisation.member.signal-only", ActionCode.U);
        settings.setSignalOnly(tenant, member, signalOnly);
        accessLog.record(AccessEvent.by(by, "organisation.member.signal-only", ActionCode.U)
                .on("account", member)
                .segment(signalOnly ? "alleen signaleren" : "alle stappen"));
    }

    /**
     * The beheerder names who records steps 2–5 for members who only signal: a colleague of the tenant who works
     * with clients and does not only signal; {@code null} means the aandachtsfunctionarissen.
     */
    @Transactional
    public void setSignalExecutor(Actor by, @Nullable UserId executor) {
        TenantId tenant = ownTenantAsBeheerder(by, "organisation.signal-executor.change");
        if (executor != null
                && find(tenant, executor).filter(c -> !c.signalOnly()).isEmpty()) {
            throw new InvalidInputException("uitvoerder", "lid.fout.uitvoerder");
        }
        settings.setExecutor(tenant, executor);
        AccessEvent event = AccessEvent.by(by, "organisation.signal-executor.change", ActionCode.U)
                .on("tenant", tenant);
        accessLog.record(executor == null ? event.segment("aandachtsfunctionarissen") : event);
    }

    private TenantId ownTenantAsBeheerder(Actor by, String event) {
        TenantId tenant = by.tenantId();
        if (!by.hasRole(Role.BEHEERDER) || tenant == null) {
            accessLog.recordDenial(AccessEvent.by(by, event, ActionCode.U));
            throw new AccessDeniedException(event);
        }
        return tenant;
    }

    private static boolean worksWithClients(Role role) {
        return role == Role.BEROEPSKRACHT || role == Role.AANDACHTSFUNCTIONARIS;
    }

    /** For the members page: who of these members only signals. */
    @Transactional(readOnly = true)
    public Set<UserId> signalOnlyMembers(TenantId tenant) {
        return settings.signalOnly(tenant);
    }
}
