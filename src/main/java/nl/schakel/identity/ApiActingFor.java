package nl.schakel.identity;

import java.util.Optional;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.identity.domain.Account;
import nl.schakel.identity.persistence.AccountStore;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.ActingFor;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the member an API client names in the {@value ActingFor#HEADER} header (ADR-0014): an active account with a
 * membership in the client's own tenant. Whether that member may do what is asked is decided by the facade that is
 * then called with the member.
 */
@Service
class ApiActingFor implements ActingFor {

    static final String EVENT = "identity.api.namens";

    private final AccountStore accounts;
    private final AccessLog accessLog;

    ApiActingFor(AccountStore accounts, AccessLog accessLog) {
        this.accounts = accounts;
        this.accessLog = accessLog;
    }

    @Override
    @Transactional(readOnly = true)
    public Actor member(Actor apiClient, @Nullable String username) {
        TenantId tenant = apiClient.tenantId();
        if (!apiClient.hasRole(Role.API_KOPPELING) || tenant == null) {
            accessLog.recordDenial(AccessEvent.by(apiClient, EVENT, ActionCode.E));
            throw new AccessDeniedException(EVENT);
        }
        String name = username == null ? "" : username.strip();
        if (name.isEmpty()) {
            throw new InvalidInputException(HEADER, "api.fout.namens.ontbreekt");
        }
        Optional<Actor> member = accounts.findByUsername(name)
                .filter(Account::enabled)
                .flatMap(account -> accounts.memberships(account.id()).stream()
                        .filter(m -> tenant.equals(m.tenantId())
                                && m.role() != Role.API_KOPPELING
                                && m.role() != Role.PLATFORMBEHEERDER)
                        .findFirst()
                        .map(m -> new Actor(
                                account.id(),
                                account.username(),
                                account.displayName(),
                                m.role(),
                                m.tenantId(),
                                m.teamId(),
                                m.beroepscluster(),
                                null)));
        if (member.isEmpty()) {
            // the same answer for an unknown name and a member of another tenant: a probe learns nothing
            accessLog.recordDenial(AccessEvent.by(apiClient, EVENT, ActionCode.E));
            throw new InvalidInputException(HEADER, "api.fout.namens.onbekend");
        }
        return member.get().actedForBy(apiClient);
    }
}
