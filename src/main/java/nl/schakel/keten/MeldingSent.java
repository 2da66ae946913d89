package nl.schakel.keten;

import java.util.UUID;
import nl.schakel.shared.TenantId;

/**
 * Published when a melding has been sent to a Veilig Thuis region. It carries ids only: the event publication registry
 * keeps events in its own table, and no personal data may end up there (ADR-0013). The receiving region reads its
 * copy through {@link KetenManagement#melding}. A listener must be idempotent (the melding's id tells a repeat),
 * because events are delivered at least once.
 *
 * @param meldingId the melding's id
 * @param aan the region it is addressed to
 */
public record MeldingSent(UUID meldingId, TenantId aan) {}
