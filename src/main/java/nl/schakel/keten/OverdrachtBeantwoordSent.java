package nl.schakel.keten;

import java.util.UUID;
import nl.schakel.shared.TenantId;

/**
 * Published when a professional has answered an {@link Overdracht} in their dossier. Ids only (ADR-0013); the region
 * {@code aan} reads the copy through {@link KetenOverdrachten#antwoord}. Delivered at least once: a listener must be
 * idempotent on the answer's id.
 */
public record OverdrachtBeantwoordSent(UUID antwoordId, UUID overdrachtId, TenantId aan) {}
