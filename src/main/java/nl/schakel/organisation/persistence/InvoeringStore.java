package nl.schakel.organisation.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.organisation.Bestandssoort;
import nl.schakel.organisation.Bewijsstuk;
import nl.schakel.organisation.InvoeringStatus;
import nl.schakel.organisation.Invoeringspunt;
import nl.schakel.organisation.Invoeringsstand;
import nl.schakel.organisation.Invoeringswijziging;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The implementation checklist in the {@code organisation} schema: the append-only history of each tenant's items and
 * the documents uploaded as evidence. Rows are only ever inserted (the database refuses anything else).
 */
@Repository
public class InvoeringStore {

    private static final String STUK_KOLOMMEN =
            "id, punt, bestandsnaam, soort, grootte, vastgelegd_op, vastgelegd_door";

    private final JdbcClient jdbc;

    InvoeringStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every change of the tenant's items, in the order written. */
    public List<Invoeringswijziging> geschiedenis(TenantId tenant) {
        return jdbc.sql("SELECT * FROM organisation.invoering_wijziging WHERE tenant_id = ? ORDER BY seq")
                .param(tenant.value())
                .query((rs, n) -> new Invoeringswijziging(
                        rs.getLong("seq"),
                        Invoeringspunt.valueOf(rs.getString("punt")),
                        new Invoeringsstand(
                                rs.getString("status") == null ? null : InvoeringStatus.valueOf(rs.getString("status")),
                                rs.getObject("eigenaar") == null
                                        ? null
                                        : new UserId(rs.getObject("eigenaar", UUID.class)),
                                rs.getDate("streefdatum") == null
                                        ? null
                                        : rs.getDate("streefdatum").toLocalDate(),
                                rs.getString("toelichting")),
                        rs.getTimestamp("vastgelegd_op").toInstant(),
                        rs.getString("vastgelegd_door")))
                .list();
    }

    public void insert(TenantId tenant, Invoeringswijziging w) {
        Invoeringsstand s = w.stand();
        jdbc.sql("INSERT INTO organisation.invoering_wijziging (tenant_id, punt, status, eigenaar, streefdatum,"
                        + " toelichting, vastgelegd_op, vastgelegd_door) VALUES (?,?,?,?,?,?,?,?)")
                .params(
                        tenant.value(),
                        w.punt().name(),
                        s.status() == null ? null : s.status().name(),
                        s.eigenaar() == null ? null : s.eigenaar().value(),
                        s.streefdatum() == null ? null : Date.valueOf(s.streefdatum()),
                        s.toelichting(),
                        Timestamp.from(w.vastgelegdOp()),
                        w.vastgelegdDoor())
                .update();
    }

    /** The tenant's documents, without their content, oldest first. */
    public List<Bewijsstuk> bewijsstukken(TenantId tenant) {
        return jdbc.sql("SELECT " + STUK_KOLOMMEN
                        + " FROM organisation.invoering_bewijsstuk WHERE tenant_id = ? ORDER BY vastgelegd_op, id")
                .param(tenant.value())
                .query((rs, n) -> stuk(rs))
                .list();
    }

    /** One of the tenant's documents with its content; empty for another tenant's. */
    public Optional<Bewijsstuk.Inhoud> inhoud(TenantId tenant, UUID id) {
        return jdbc.sql("SELECT " + STUK_KOLOMMEN
                        + ", inhoud FROM organisation.invoering_bewijsstuk WHERE tenant_id = ? AND id = ?")
                .params(tenant.value(), id)
                .query((rs, n) -> new Bewijsstuk.Inhoud(stuk(rs), rs.getBytes("inhoud")))
                .optional();
    }

    public void insert(TenantId tenant, Bewijsstuk stuk, byte[] inhoud) {
        jdbc.sql("INSERT INTO organisation.invoering_bewijsstuk (id, tenant_id, punt, bestandsnaam, soort, grootte,"
                        + " inhoud, vastgelegd_op, vastgelegd_door) VALUES (?,?,?,?,?,?,?,?,?)")
                .params(
                        stuk.id(),
                        tenant.value(),
                        stuk.punt().name(),
                        stuk.bestandsnaam(),
                        stuk.soort().name(),
                        inhoud.length,
                        inhoud,
                        Timestamp.from(stuk.vastgelegdOp()),
                        stuk.vastgelegdDoor())
                .update();
    }

    private static Bewijsstuk stuk(ResultSet rs) throws SQLException {
        return new Bewijsstuk(
                rs.getObject("id", UUID.class),
                Invoeringspunt.valueOf(rs.getString("punt")),
                rs.getString("bestandsnaam"),
                Bestandssoort.valueOf(rs.getString("soort")),
                rs.getLong("grootte"),
                rs.getTimestamp("vastgelegd_op").toInstant(),
                rs.getString("vastgelegd_door"));
    }
}
