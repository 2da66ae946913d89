package nl.schakel.keten;

import java.util.UUID;
import nl.schakel.shared.TenantId;

/**
 * Published when a region of this deployment has been told of a {@link RegisterMatch} by the national VT-register.
 * Ids only (ADR-0013); the region reads the match through {@link KetenRegister#match}. Delivered at least once: a
 * listener must be idempotent on the match id.
 */
public record RegisterMatchOntvangen(UUID matchId, TenantId regio) {}
