package nl.schakel.keten.persistence;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.keten.Aanvulling;
import nl.schakel.keten.Melding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sent meldingen and their aanvullingen in the {@code keten} schema: only ever inserted, each as its JSON copy.
 */
@Repository
public class MeldingStore {

    private final JdbcClient jdbc;
    /** Our own mapper, so that how meldingen are stored never follows a setting made for the web. */
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    MeldingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Melding melding) {
        jdbc.sql("INSERT INTO keten.melding (id, van_tenant_id, aan_tenant_id, verzonden_op, payload)"
                        + " VALUES (?,?,?,?,CAST(? AS JSONB))")
                .params(
                        melding.id(),
                        melding.melder().organisatie().value(),
                        melding.aan().id().value(),
                        Timestamp.from(melding.verzondenOp()),
                        json.writeValueAsString(melding))
                .update();
    }

    /** The organisation that sent a melding, without reading its content. */
    public Optional<UUID> sentBy(UUID id) {
        return jdbc.sql("SELECT van_tenant_id FROM keten.melding WHERE id = ?")
                .param(id)
                .query(UUID.class)
                .optional();
    }

    public void insert(Aanvulling a) {
        jdbc.sql("INSERT INTO keten.aanvulling (id, melding_id, van_tenant_id, aan_tenant_id, verzonden_op, payload)"
                        + " VALUES (?,?,?,?,?,CAST(? AS JSONB))")
                .params(
                        a.id(),
                        a.meldingId(),
                        a.organisatie().value(),
                        a.aan().id().value(),
                        Timestamp.from(a.verzondenOp()),
                        json.writeValueAsString(a))
                .update();
    }

    public Optional<Aanvulling> findAanvulling(UUID id) {
        return jdbc.sql("SELECT payload FROM keten.aanvulling WHERE id = ?")
                .param(id)
                .query((rs, n) -> json.readValue(rs.getString("payload"), Aanvulling.class))
                .optional();
    }

    /** The region a melding was addressed to, without reading its content. */
    public Optional<UUID> addressedTo(UUID id) {
        return jdbc.sql("SELECT aan_tenant_id FROM keten.melding WHERE id = ?")
                .param(id)
                .query(UUID.class)
                .optional();
    }

    public Optional<Melding> find(UUID id) {
        return jdbc.sql("SELECT payload FROM keten.melding WHERE id = ?")
                .param(id)
                .query((rs, n) -> json.readValue(rs.getString("payload"), Melding.class))
                .optional();
    }
}
