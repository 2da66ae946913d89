package nl.schakel.organisation;

import java.util.Set;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.organisation.persistence.TenantStore;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantKind;
import org.springframework.stereotype.Component;

/**
 * The one check of the organisation's own meldcode pages (meldprotocol, implementation checklist): the actor is a
 * member of an organisation bound by the meldcode (never a Veilig Thuis region) in one of the given roles; anyone else
 * is refused, and the refusal is logged.
 */
@Component
class OrganisatieToegang {

    private final TenantStore tenants;
    private final AccessLog accessLog;

    OrganisatieToegang(TenantStore tenants, AccessLog accessLog) {
        this.tenants = tenants;
        this.accessLog = accessLog;
    }

    TenantId eigenOrganisatie(Actor by, Set<Role> roles, String event, ActionCode action) {
        TenantId tenant = by.tenantId();
        boolean organisatie = tenant != null
                && tenants.find(tenant)
                        .map(t -> t.kind() == TenantKind.ORGANISATIE)
                        .orElse(false);
        if (tenant == null || !organisatie || !roles.contains(by.role())) {
            accessLog.recordDenial(AccessEvent.by(by, event, action));
            throw new AccessDeniedException(event);
        }
        return tenant;
    }
}
