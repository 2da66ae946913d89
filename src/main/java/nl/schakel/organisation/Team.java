package nl.schakel.organisation;

import nl.schakel.shared.TeamId;
import nl.schakel.shared.TenantId;

/** A team within a tenant (a school location, a VT intake team). */
public record Team(TeamId id, TenantId tenantId, String name) {}
