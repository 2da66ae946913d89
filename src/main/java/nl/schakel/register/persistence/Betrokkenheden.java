package nl.schakel.register.persistence;

import java.nio.ByteBuffer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import nl.schakel.register.Pseudoniem;
import nl.schakel.register.Regio;
import nl.schakel.register.domain.Betrokkenheid;
import nl.schakel.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The involvements in {@code register.betrokkenheid}; a pseudonym is stored as its 32 bytes. */
@Repository
public class Betrokkenheden {

    /** The first key of the register's transaction-scoped advisory locks ("REGI"); the second is the pseudonym's. */
    private static final int SLOT = 0x52454749;

    private static final String KOLOMMEN = "id, regio_id, pseudoniem, sleutelversie, sinds, tot";

    private final JdbcClient jdbc;

    Betrokkenheden(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Waits until no other transaction registers the same pseudonym, until the end of this one: two regions that
     * register the same person at the same moment then still see each other.
     */
    public void vergrendel(Pseudoniem p) {
        int sleutel = ByteBuffer.wrap(bytes(p.waarde())).getInt();
        jdbc.sql("SELECT pg_advisory_xact_lock(?, ?)")
                .params(SLOT, sleutel)
                .query()
                .singleRow();
    }

    /** Keeps the involvement unless the region registered this person for this case already; either way returns it. */
    public Betrokkenheid vastleggen(
            Regio regio, UUID zaakReferentie, Pseudoniem p, Instant sinds, String contact, Instant nu) {
        return jdbc.sql("INSERT INTO register.betrokkenheid (id, pseudoniem, sleutelversie, soort, regio_id,"
                        + " regio_naam, regio_oin, zaak_referentie, sinds, contact, geregistreerd_op)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT ON CONSTRAINT betrokkenheid_eenmaal DO NOTHING"
                        + " RETURNING " + KOLOMMEN)
                .params(
                        UUID.randomUUID(),
                        bytes(p.waarde()),
                        p.sleutelversie(),
                        p.soort().name(),
                        regio.id().value(),
                        regio.naam(),
                        regio.oin(),
                        zaakReferentie,
                        Timestamp.from(sinds),
                        contact,
                        Timestamp.from(nu))
                .query(Betrokkenheden::betrokkenheid)
                .optional()
                .orElseGet(() -> jdbc.sql("SELECT " + KOLOMMEN + " FROM register.betrokkenheid"
                                + " WHERE regio_id = ? AND zaak_referentie = ? AND pseudoniem = ?")
                        .params(regio.id().value(), zaakReferentie, bytes(p.waarde()))
                        .query(Betrokkenheden::betrokkenheid)
                        .single());
    }

    /** Every involvement, of any region, with this pseudonym under its key version. */
    public List<Betrokkenheid> met(Pseudoniem p) {
        return jdbc.sql("SELECT " + KOLOMMEN
                        + " FROM register.betrokkenheid WHERE pseudoniem = ? AND sleutelversie = ?")
                .params(bytes(p.waarde()), p.sleutelversie())
                .query(Betrokkenheden::betrokkenheid)
                .list();
    }

    /** Whether the region registered this pseudonym (under its key version) for any of its cases. */
    public boolean geregistreerdDoor(TenantId regio, Pseudoniem p) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM register.betrokkenheid"
                        + " WHERE pseudoniem = ? AND sleutelversie = ? AND regio_id = ?)")
                .params(bytes(p.waarde()), p.sleutelversie(), regio.value())
                .query(Boolean.class)
                .single();
    }

    /** Ends the region's still active involvements of a case; returns how many. */
    public int beeindig(TenantId regio, UUID zaakReferentie, Instant tot) {
        return jdbc.sql("UPDATE register.betrokkenheid SET tot = greatest(?, sinds)"
                        + " WHERE regio_id = ? AND zaak_referentie = ? AND tot IS NULL")
                .params(Timestamp.from(tot), regio.value(), zaakReferentie)
                .update();
    }

    /**
     * Deletes the involvements that ended before {@code grens}, with the matches they are part of.
     *
     * @return how many involvements and matches went, in that order
     */
    public int[] verwijderGeeindigdVoor(Instant grens) {
        int matches = jdbc.sql("DELETE FROM register.match WHERE betrokkenheid_id IN (SELECT id FROM"
                        + " register.betrokkenheid WHERE tot < ?) OR andere_betrokkenheid_id IN (SELECT id FROM"
                        + " register.betrokkenheid WHERE tot < ?)")
                .params(Timestamp.from(grens), Timestamp.from(grens))
                .update();
        int betrokkenheden = jdbc.sql("DELETE FROM register.betrokkenheid WHERE tot < ?")
                .param(Timestamp.from(grens))
                .update();
        return new int[] {betrokkenheden, matches};
    }

    static byte[] bytes(String pseudoniem) {
        return Base64.getUrlDecoder().decode(pseudoniem);
    }

    static String tekst(byte[] pseudoniem) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(pseudoniem);
    }

    static @Nullable Instant instant(ResultSet rs, String kolom) throws SQLException {
        Timestamp t = rs.getTimestamp(kolom);
        return t == null ? null : t.toInstant();
    }

    private static Betrokkenheid betrokkenheid(ResultSet rs, int n) throws SQLException {
        return new Betrokkenheid(
                rs.getObject("id", UUID.class),
                new TenantId(rs.getObject("regio_id", UUID.class)),
                tekst(rs.getBytes("pseudoniem")),
                rs.getInt("sleutelversie"),
                rs.getTimestamp("sinds").toInstant(),
                instant(rs, "tot"));
    }
}
