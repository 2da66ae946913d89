package nl.schakel.shared;

import java.util.Optional;

/**
 * The display name of a tenant, for modules that show whose organisation someone belongs to but may not depend on
 * {@code organisation}: the access log shows the organisation of a user who tried to reach another organisation's
 * record. Names only, no client data.
 */
public interface TenantNames {

    /** The tenant's name; empty for an id that is not (or no longer) a tenant. */
    Optional<String> name(TenantId id);
}
