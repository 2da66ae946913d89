package nl.schakel.keten;

import java.util.UUID;

/**
 * Published when a Veilig Thuis region has sent a {@link Terugkoppeling} about a melding. Like {@link MeldingSent} it
 * carries ids only, so that the event publication registry never holds personal data (ADR-0013); the melder's side
 * reads the copy through {@link KetenManagement#terugkoppeling}. Delivered at least once: a listener must be
 * idempotent on the terugkoppeling's id.
 */
public record TerugkoppelingSent(UUID terugkoppelingId, UUID meldingId) {}
