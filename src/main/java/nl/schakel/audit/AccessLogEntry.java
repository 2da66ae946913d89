package nl.schakel.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of the access log as the logverantwoordelijke sees it. */
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
        @Nullable String purpose) {}
