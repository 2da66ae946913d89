package nl.schakel.organisation;

import java.util.Optional;
import nl.schakel.organisation.persistence.TenantStore;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tenant names for the modules that may not depend on this one (the access log). */
@Component
class TenantDirectory implements TenantNames {

    private final TenantStore tenants;

    TenantDirectory(TenantStore tenants) {
        this.tenants = tenants;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> name(TenantId id) {
        return tenants.find(id).map(Tenant::name);
    }
}
