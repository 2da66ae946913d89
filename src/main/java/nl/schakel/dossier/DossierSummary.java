package nl.schakel.dossier;

import java.time.Instant;
import java.util.UUID;

/** One line of "my dossiers": the dossier, its owner and its first betrokkene. */
public record DossierSummary(
        UUID id, Instant createdAt, DossierStatus status, String ownerName, String firstBetrokkene) {}
