package nl.schakel.organisation.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import nl.schakel.organisation.Gelijkstellingsbesluit;
import nl.schakel.organisation.Gelijkstellingswijziging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The decrees that equate days with a general holiday, and the append-only history of their days, in the
 * {@code organisation} schema. Rows are only ever inserted (the database refuses anything else).
 */
@Repository
public class GelijkstellingStore {

    private final JdbcClient jdbc;

    GelijkstellingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Gelijkstellingsbesluit> besluiten() {
        return jdbc.sql("SELECT * FROM organisation.gelijkstellingsbesluit ORDER BY vastgelegd_op, naam")
                .query((rs, n) -> new Gelijkstellingsbesluit(
                        rs.getObject("id", UUID.class),
                        rs.getString("naam"),
                        rs.getString("vindplaats"),
                        rs.getTimestamp("vastgelegd_op").toInstant(),
                        rs.getString("vastgelegd_door")))
                .list();
    }

    /** Every change, in the order written. */
    public List<Gelijkstellingswijziging> geschiedenis() {
        return jdbc.sql("SELECT * FROM organisation.gelijkgestelde_dag ORDER BY seq")
                .query((rs, n) -> new Gelijkstellingswijziging(
                        rs.getLong("seq"),
                        rs.getObject("besluit_id", UUID.class),
                        rs.getDate("dag").toLocalDate(),
                        Gelijkstellingswijziging.Actie.valueOf(rs.getString("actie")),
                        rs.getString("reden"),
                        rs.getTimestamp("vastgelegd_op").toInstant(),
                        rs.getString("vastgelegd_door")))
                .list();
    }

    /**
     * The version of the list: the number of history rows. Rows are only ever added, so it grows with every committed
     * change, whatever order concurrent changes commit in; one cheap query.
     */
    public long versie() {
        return jdbc.sql("SELECT count(*) FROM organisation.gelijkgestelde_dag")
                .query(Long.class)
                .single();
    }

    public void insertBesluit(Gelijkstellingsbesluit b) {
        jdbc.sql("INSERT INTO organisation.gelijkstellingsbesluit (id, naam, vindplaats, vastgelegd_op,"
                        + " vastgelegd_door) VALUES (?,?,?,?,?)")
                .params(b.id(), b.naam(), b.vindplaats(), Timestamp.from(b.vastgelegdOp()), b.vastgelegdDoor())
                .update();
    }

    public void insertWijziging(Gelijkstellingswijziging w) {
        jdbc.sql("INSERT INTO organisation.gelijkgestelde_dag (besluit_id, dag, actie, reden, vastgelegd_op,"
                        + " vastgelegd_door) VALUES (?,?,?,?,?,?)")
                .params(
                        w.besluitId(),
                        Date.valueOf(w.dag()),
                        w.actie().name(),
                        w.reden(),
                        Timestamp.from(w.vastgelegdOp()),
                        w.vastgelegdDoor())
                .update();
    }
}
