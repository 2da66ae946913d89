package nl.schakel.keten.federatie;

import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A message between Schakel instances as it travels: {@code {id, soort, van, aan, inhoud}}. The id is the message's
 * own (the outbox row's), by which the receiver stores it once; {@code van} and {@code aan} are the sending and the
 * addressed tenant; the body is the soort's.
 */
record Envelop(UUID id, String soort, UUID van, UUID aan, JsonNode inhoud) {}
