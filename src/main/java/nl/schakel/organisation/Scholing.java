package nl.schakel.organisation;

import java.time.LocalDate;
import java.util.UUID;
import nl.schakel.shared.UserId;

/**
 * One meldcode training a member followed, as the register records it (no client data).
 *
 * @param omschrijving what the training was, e.g. its provider; may be empty
 */
public record Scholing(UUID id, UserId lid, ScholingSoort soort, String omschrijving, LocalDate gevolgdOp) {}
