package nl.schakel.keten;

import java.util.UUID;
import nl.schakel.shared.TenantId;

/**
 * Published when an aanvulling to a melding has been sent to its Veilig Thuis region. Like {@link MeldingSent} it
 * carries ids only (ADR-0013, ADR-0019); the region reads the copy through {@link KetenManagement#aanvulling}.
 * Delivered at least once: a listener must be idempotent on the aanvulling's id.
 */
public record AanvullingSent(UUID aanvullingId, UUID meldingId, TenantId aan) {}
