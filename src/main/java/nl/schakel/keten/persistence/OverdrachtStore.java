package nl.schakel.keten.persistence;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.keten.Overdracht;
import nl.schakel.keten.OverdrachtAntwoord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The overdrachten offered to professionals and their answers, in the {@code keten} schema, each as its JSON copy.
 * Both tables are only ever inserted into; one answer per overdracht.
 */
@Repository
public class OverdrachtStore {

    private final JdbcClient jdbc;
    /** Our own mapper, so that how the copies are stored never follows a setting made for the web. */
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    OverdrachtStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Overdracht o) {
        jdbc.sql("INSERT INTO keten.overdracht (id, melding_id, van_tenant_id, verzonden_op, payload)"
                        + " VALUES (?,?,?,?,CAST(? AS JSONB))")
                .params(
                        o.id(),
                        o.meldingId(),
                        o.van().id().value(),
                        Timestamp.from(o.verzondenOp()),
                        json.writeValueAsString(o))
                .update();
    }

    public Optional<Overdracht> find(UUID id) {
        return jdbc.sql("SELECT payload FROM keten.overdracht WHERE id = ?")
                .param(id)
                .query((rs, n) -> json.readValue(rs.getString("payload"), Overdracht.class))
                .optional();
    }

    /**
     * Keeps the answer, unless the overdracht has one already.
     *
     * @return whether it was kept
     */
    public boolean insert(OverdrachtAntwoord a) {
        return jdbc.sql("INSERT INTO keten.overdracht_antwoord (id, overdracht_id, van_tenant_id, beantwoord_op,"
                                + " payload) VALUES (?,?,?,?,CAST(? AS JSONB)) ON CONFLICT (overdracht_id) DO NOTHING")
                        .params(
                                a.id(),
                                a.overdrachtId(),
                                a.organisatie().value(),
                                Timestamp.from(a.beantwoordOp()),
                                json.writeValueAsString(a))
                        .update()
                > 0;
    }

    public Optional<OverdrachtAntwoord> findAntwoord(UUID id) {
        return jdbc.sql("SELECT payload FROM keten.overdracht_antwoord WHERE id = ?")
                .param(id)
                .query((rs, n) -> json.readValue(rs.getString("payload"), OverdrachtAntwoord.class))
                .optional();
    }

    public Optional<OverdrachtAntwoord> antwoordOp(UUID overdrachtId) {
        return jdbc.sql("SELECT payload FROM keten.overdracht_antwoord WHERE overdracht_id = ?")
                .param(overdrachtId)
                .query((rs, n) -> json.readValue(rs.getString("payload"), OverdrachtAntwoord.class))
                .optional();
    }
}
