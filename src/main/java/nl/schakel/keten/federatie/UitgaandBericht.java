package nl.schakel.keten.federatie;

import java.time.Instant;
import java.util.UUID;
import nl.schakel.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A message in the outbox ({@code keten.uitgaand_bericht}): what it is about by soort and id only, to whom, how often
 * it was tried, the last error (an exception type or HTTP status, never content) and when it was delivered.
 */
public record UitgaandBericht(
        UUID id,
        String soort,
        TenantId van,
        String ontvangerOin,
        TenantId ontvanger,
        UUID onderwerp,
        Instant gemaaktOp,
        int pogingen,
        Instant volgendePoging,
        @Nullable String laatsteFout,
        @Nullable Instant afgeleverdOp) {}
