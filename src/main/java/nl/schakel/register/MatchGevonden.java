package nl.schakel.register;

import java.util.UUID;
import nl.schakel.shared.TenantId;

/**
 * Published once for each region to be told of a new match: the region that registered and the region that was or is
 * involved already. Ids only (ADR-0013); the told region reads it through {@link VtRegister#match}. Delivered at
 * least once: a listener must be idempotent on the match id.
 */
public record MatchGevonden(UUID matchId, TenantId regio) {}
