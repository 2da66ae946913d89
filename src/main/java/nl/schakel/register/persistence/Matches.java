package nl.schakel.register.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.register.Match;
import nl.schakel.register.Pseudoniem;
import nl.schakel.register.Soort;
import nl.schakel.register.domain.Betrokkenheid;
import nl.schakel.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The matches in {@code register.match}: one row per pair of involvements and told region. */
@Repository
public class Matches {

    private static final String MATCH = "SELECT m.id, m.regio_id, e.zaak_referentie, e.pseudoniem, e.soort,"
            + " e.sleutelversie, a.regio_id AS andere_regio_id, a.regio_naam AS andere_regio_naam, a.sinds, a.tot,"
            + " a.contact FROM register.match m JOIN register.betrokkenheid e ON e.id = m.betrokkenheid_id"
            + " JOIN register.betrokkenheid a ON a.id = m.andere_betrokkenheid_id";

    /** The two ids a new pair got: the one told to the region of the first involvement, and the other's. */
    public record Paar(UUID voorEigen, UUID voorAndere) {}

    private final JdbcClient jdbc;

    Matches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the pair of involvements as two matches, one per told region, unless it was recorded before. */
    public Optional<Paar> vastleggen(Betrokkenheid eigen, Betrokkenheid andere, Instant nu) {
        Optional<UUID> voorEigen = insert(eigen, andere, nu);
        return voorEigen.map(id -> new Paar(id, insert(andere, eigen, nu).orElseThrow()));
    }

    private Optional<UUID> insert(Betrokkenheid aan, Betrokkenheid andere, Instant nu) {
        UUID id = UUID.randomUUID();
        int rows = jdbc.sql("INSERT INTO register.match (id, regio_id, betrokkenheid_id, andere_betrokkenheid_id,"
                        + " gevonden_op) VALUES (?,?,?,?,?) ON CONFLICT ON CONSTRAINT match_eenmaal DO NOTHING")
                .params(id, aan.regio().value(), aan.id(), andere.id(), Timestamp.from(nu))
                .update();
        return rows == 1 ? Optional.of(id) : Optional.empty();
    }

    /** The match with this id, when it was told to this region. */
    public Optional<Match> find(TenantId regio, UUID id) {
        return jdbc.sql(MATCH + " WHERE m.id = ? AND m.regio_id = ?")
                .params(id, regio.value())
                .query(Matches::match)
                .optional();
    }

    /** The matches told to this region about this pseudonym, oldest first. */
    public List<Match> over(TenantId regio, Pseudoniem p) {
        return jdbc.sql(MATCH + " WHERE m.regio_id = ? AND e.regio_id = ? AND e.pseudoniem = ? AND e.sleutelversie = ?"
                        + " ORDER BY m.gevonden_op, m.id")
                .params(regio.value(), regio.value(), Betrokkenheden.bytes(p.waarde()), p.sleutelversie())
                .query(Matches::match)
                .list();
    }

    private static Match match(ResultSet rs, int n) throws SQLException {
        return new Match(
                rs.getObject("id", UUID.class),
                new TenantId(rs.getObject("regio_id", UUID.class)),
                rs.getObject("zaak_referentie", UUID.class),
                new Pseudoniem(
                        Betrokkenheden.tekst(rs.getBytes("pseudoniem")),
                        Soort.valueOf(rs.getString("soort")),
                        rs.getInt("sleutelversie")),
                new TenantId(rs.getObject("andere_regio_id", UUID.class)),
                rs.getString("andere_regio_naam"),
                rs.getTimestamp("sinds").toInstant(),
                Betrokkenheden.instant(rs, "tot"),
                rs.getString("contact"));
    }
}
