package nl.schakel.keten.federatie;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox ({@code keten.uitgaand_bericht}) and the inbox ({@code keten.ontvangen_bericht}). */
@Repository
class BerichtStore {

    private final JdbcClient jdbc;

    BerichtStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void plaats(UUID id, String soort, TenantId van, Partij aan, TenantId ontvanger, UUID onderwerp, Instant nu) {
        jdbc.sql("INSERT INTO keten.uitgaand_bericht (id, soort, van_tenant_id, ontvanger_oin, ontvanger_tenant_id,"
                        + " onderwerp_id, gemaakt_op, volgende_poging) VALUES (?,?,?,?,?,?,?,?)")
                .params(
                        id,
                        soort,
                        van.value(),
                        aan.oin(),
                        ontvanger.value(),
                        onderwerp,
                        Timestamp.from(nu),
                        Timestamp.from(nu))
                .update();
    }

    /**
     * The next message due, locked for this transaction; a message another node is delivering is skipped, so two nodes
     * never deliver the same message at once.
     */
    Optional<UitgaandBericht> volgende(Instant nu) {
        return jdbc.sql("SELECT * FROM keten.uitgaand_bericht WHERE afgeleverd_op IS NULL AND volgende_poging <= ?"
                        + " ORDER BY volgende_poging LIMIT 1 FOR UPDATE SKIP LOCKED")
                .param(Timestamp.from(nu))
                .query(BerichtStore::uitgaand)
                .optional();
    }

    void afgeleverd(UUID id, Instant nu) {
        jdbc.sql("UPDATE keten.uitgaand_bericht SET pogingen = pogingen + 1, afgeleverd_op = ?, laatste_fout = NULL"
                        + " WHERE id = ?")
                .params(Timestamp.from(nu), id)
                .update();
    }

    void mislukt(UUID id, int pogingen, Instant volgende, String fout) {
        jdbc.sql("UPDATE keten.uitgaand_bericht SET pogingen = ?, volgende_poging = ?, laatste_fout = ? WHERE id = ?")
                .params(pogingen, Timestamp.from(volgende), fout, id)
                .update();
    }

    /** Sets the next try of an undelivered message to now; false when there is no such message. */
    boolean nuProberen(UUID id, Instant nu) {
        return jdbc.sql("UPDATE keten.uitgaand_bericht SET volgende_poging = ? WHERE id = ? AND afgeleverd_op IS NULL")
                        .params(Timestamp.from(nu), id)
                        .update()
                > 0;
    }

    /** The messages not yet delivered, oldest first. */
    List<UitgaandBericht> onderweg() {
        return jdbc.sql("SELECT * FROM keten.uitgaand_bericht WHERE afgeleverd_op IS NULL ORDER BY gemaakt_op, id")
                .query(BerichtStore::uitgaand)
                .list();
    }

    /** The latest message of this soort about the object, if it went to a remote party. */
    Optional<UitgaandBericht> over(String soort, UUID onderwerp) {
        return jdbc.sql("SELECT * FROM keten.uitgaand_bericht WHERE soort = ? AND onderwerp_id = ?"
                        + " ORDER BY gemaakt_op DESC LIMIT 1")
                .params(soort, onderwerp)
                .query(BerichtStore::uitgaand)
                .optional();
    }

    /**
     * Records a received message, once.
     *
     * @return whether it is new (false: it was received before)
     */
    boolean ontvangen(Envelop e, String afzenderOin, Instant nu) {
        return jdbc.sql("INSERT INTO keten.ontvangen_bericht (id, soort, afzender_oin, van_tenant_id, aan_tenant_id,"
                                + " ontvangen_op) VALUES (?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING")
                        .params(e.id(), e.soort(), afzenderOin, e.van(), e.aan(), Timestamp.from(nu))
                        .update()
                > 0;
    }

    private static UitgaandBericht uitgaand(ResultSet rs, int n) throws SQLException {
        Timestamp afgeleverd = rs.getTimestamp("afgeleverd_op");
        return new UitgaandBericht(
                rs.getObject("id", UUID.class),
                rs.getString("soort"),
                new TenantId(rs.getObject("van_tenant_id", UUID.class)),
                rs.getString("ontvanger_oin"),
                new TenantId(rs.getObject("ontvanger_tenant_id", UUID.class)),
                rs.getObject("onderwerp_id", UUID.class),
                rs.getTimestamp("gemaakt_op").toInstant(),
                rs.getInt("pogingen"),
                rs.getTimestamp("volgende_poging").toInstant(),
                rs.getString("laatste_fout"),
                afgeleverd == null ? null : afgeleverd.toInstant());
    }
}
