package nl.schakel.keten.federatie;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of messages between instances: the same settings as the keten copy tables (dates as ISO text, unknown
 * properties ignored so that a newer sender's extra field does not break an older receiver), never a setting made for
 * the web.
 */
final class BerichtJson {

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private BerichtJson() {}
}
