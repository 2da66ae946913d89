package nl.schakel.keten.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.keten.MeldingStatus;
import nl.schakel.keten.Terugkoppeling;
import nl.schakel.keten.VtStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What travels back from Veilig Thuis to the melder, in the {@code keten} schema: the terugkoppelingen (each as its
 * JSON copy) and the status reports of meldingen. Both tables are only ever inserted into.
 */
@Repository
public class TerugkoppelingStore {

    private final JdbcClient jdbc;
    /** Our own mapper, so that how terugkoppelingen are stored never follows a setting made for the web. */
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    TerugkoppelingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Terugkoppeling t) {
        jdbc.sql("INSERT INTO keten.terugkoppeling (id, melding_id, van_tenant_id, verzonden_op, payload)"
                        + " VALUES (?,?,?,?,CAST(? AS JSONB))")
                .params(
                        t.id(),
                        t.meldingId(),
                        t.van().id().value(),
                        Timestamp.from(t.verzondenOp()),
                        json.writeValueAsString(t))
                .update();
    }

    public Optional<Terugkoppeling> find(UUID id) {
        return jdbc.sql("SELECT payload FROM keten.terugkoppeling WHERE id = ?")
                .param(id)
                .query((rs, n) -> json.readValue(rs.getString("payload"), Terugkoppeling.class))
                .optional();
    }

    /** The terugkoppelingen of one melding, in the order they arrived. */
    public List<Terugkoppeling> ofMelding(UUID meldingId) {
        return jdbc.sql("SELECT payload FROM keten.terugkoppeling WHERE melding_id = ? ORDER BY seq")
                .param(meldingId)
                .query((rs, n) -> json.readValue(rs.getString("payload"), Terugkoppeling.class))
                .list();
    }

    /**
     * Keeps a status report under its id (the same on every instance it travels to).
     *
     * @return whether it was kept (false: a report with this id is there already)
     */
    public boolean insertStatus(UUID id, UUID vanTenant, MeldingStatus s) {
        return jdbc.sql(
                                "INSERT INTO keten.melding_status (id, melding_id, van_tenant_id, status,"
                                        + " veiligheidsbeoordeling_uiterlijk, op) VALUES (?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING")
                        .params(
                                id,
                                s.meldingId(),
                                vanTenant,
                                s.status().name(),
                                s.veiligheidsbeoordelingUiterlijk() == null
                                        ? null
                                        : Date.valueOf(s.veiligheidsbeoordelingUiterlijk()),
                                Timestamp.from(s.op()))
                        .update()
                > 0;
    }

    /** A status report by its id. */
    public Optional<MeldingStatus> findStatus(UUID id) {
        return jdbc.sql("SELECT * FROM keten.melding_status WHERE id = ?")
                .param(id)
                .query(TerugkoppelingStore::status)
                .optional();
    }

    /** The latest status of a melding: the one reached last, and of two at the same moment the one stored last. */
    public Optional<MeldingStatus> latestStatus(UUID meldingId) {
        return jdbc.sql("SELECT * FROM keten.melding_status WHERE melding_id = ? ORDER BY op DESC, seq DESC LIMIT 1")
                .param(meldingId)
                .query(TerugkoppelingStore::status)
                .optional();
    }

    private static MeldingStatus status(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new MeldingStatus(
                rs.getObject("melding_id", UUID.class),
                VtStatus.valueOf(rs.getString("status")),
                rs.getDate("veiligheidsbeoordeling_uiterlijk") == null
                        ? null
                        : rs.getDate("veiligheidsbeoordeling_uiterlijk").toLocalDate(),
                rs.getTimestamp("op").toInstant());
    }
}
