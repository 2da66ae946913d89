package nl.schakel.keten;

import java.util.UUID;

/**
 * Published when a Veilig Thuis region has offered an {@link Overdracht} to the professional who made a melding. Ids
 * only (ADR-0013); the dossier's side reads the copy through {@link KetenOverdrachten#overdracht}. Delivered at least
 * once: a listener must be idempotent on the overdracht's id.
 */
public record OverdrachtSent(UUID overdrachtId, UUID meldingId) {}
