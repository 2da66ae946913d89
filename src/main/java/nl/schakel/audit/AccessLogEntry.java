package nl.schakel.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One row of the access log as the logverantwoordelijke sees it.
 *
 * @param tenantId the actor's organisation ({@code null} for the platformbeheerder and for system events)
 * @param ownerTenantId the organisation responsible for the record the row is about, when known (ADR-0021)
 */
public record AccessLogEntry(
        long seq,
        UUID id,
        Instant occurredAt,
        String event,
        ActionCode action,
        Outcome outcome,
        @Nullable UUID userId,
        @Nullable String username,
        @Nullable String role,
        @Nullable String onBehalfOf,
        @Nullable UUID tenantId,
        @Nullable String accessPoint,
        @Nullable String objectType,
        @Nullable String objectId,
        @Nullable String segment,
        @Nullable String purpose,
        @Nullable UUID ownerTenantId) {

    /** Whether someone of another organisation (or the platformbeheerder) acted: an attempt on the reader's records. */
    public boolean byAnotherOrganisation(UUID readerTenant) {
        return !readerTenant.equals(tenantId) && readerTenant.equals(ownerTenantId);
    }
}
