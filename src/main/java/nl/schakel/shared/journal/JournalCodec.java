package nl.schakel.shared.journal;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How every journal stores a payload: as a JSON object of the payload record's components, read back as the record its
 * kind names. Its own mapper, so that how payloads are stored never follows a setting made for the web: dates as ISO
 * text, and a property a later version no longer has is ignored rather than refused, so old entries stay readable.
 */
public final class JournalCodec {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private JournalCodec() {}

    /** The payload as the JSON object stored with its entry. */
    public static String write(JournalPayload<?> payload) {
        return JSON.writeValueAsString(payload);
    }

    /** The payload of an entry of this kind, from the JSON object stored with it. */
    public static JournalPayload<?> read(JournalKind kind, String json) {
        return JSON.readValue(json, kind.payloadType());
    }
}
