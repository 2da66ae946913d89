package nl.schakel.veiligthuis.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What this region registered in the national VT-register about its cases (V8_9: per registration and key version,
 * the pseudonym of each directbetrokkene) and the matches the register told it of (V8_10: one row per match, open
 * until a worker marked it seen). Only the region's own pseudonyms are kept, never another region's.
 */
@Repository
public class ZaakRegisterStore {

    private final JdbcClient jdbc;

    ZaakRegisterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One directbetrokkene as registered: the pseudonym and what it was made from. */
    public record Pseudoniem(UUID betrokkene, String pseudoniem, String soort) {

        @Override
        public String toString() {
            return "Pseudoniem[" + betrokkene + ", " + soort + "]";
        }
    }

    /**
     * Keeps a registration of a case under a key version, once: a second registration of the same case under the same
     * version is not made.
     *
     * @return whether it was new
     */
    public boolean insertRegistratie(
            UUID id, UUID zaak, TenantId tenant, int sleutelversie, Instant sinds, List<Pseudoniem> personen) {
        boolean nieuw = jdbc.sql("INSERT INTO veiligthuis.register_registratie (id, zaak_id, tenant_id, sleutelversie,"
                                + " sinds) VALUES (?,?,?,?,?) ON CONFLICT (zaak_id, sleutelversie) DO NOTHING")
                        .params(id, zaak, tenant.value(), sleutelversie, Timestamp.from(sinds))
                        .update()
                == 1;
        if (nieuw) {
            for (Pseudoniem p : personen) {
                jdbc.sql(
                                "INSERT INTO veiligthuis.register_pseudoniem (registratie_id, betrokkene_id, pseudoniem, soort)"
                                        + " VALUES (?,?,?,?)")
                        .params(id, p.betrokkene(), p.pseudoniem(), p.soort())
                        .update();
            }
        }
        return nieuw;
    }

    /**
     * Marks the case's open registrations ended.
     *
     * @return whether any was open
     */
    public boolean beeindig(UUID zaak, Instant op) {
        return jdbc.sql("UPDATE veiligthuis.register_registratie SET beeindigd_op = ?"
                                + " WHERE zaak_id = ? AND beeindigd_op IS NULL")
                        .params(Timestamp.from(op), zaak)
                        .update()
                > 0;
    }

    /** Whether the case has a registration (under any key version). */
    public boolean geregistreerd(UUID zaak) {
        return jdbc.sql("SELECT count(*) FROM veiligthuis.register_registratie WHERE zaak_id = ?")
                        .param(zaak)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The directbetrokkene of the case registered under the pseudonym (under any key version), if any. */
    public Optional<UUID> betrokkene(UUID zaak, String pseudoniem) {
        return jdbc.sql("SELECT p.betrokkene_id FROM veiligthuis.register_pseudoniem p"
                        + " JOIN veiligthuis.register_registratie r ON r.id = p.registratie_id"
                        + " WHERE r.zaak_id = ? AND p.pseudoniem = ? ORDER BY r.sleutelversie DESC LIMIT 1")
                .params(zaak, pseudoniem)
                .query(UUID.class)
                .optional();
    }

    /** The pseudonyms of one registration (tests and the key rotation read them). */
    public List<Pseudoniem> pseudoniemen(UUID zaak, int sleutelversie) {
        return jdbc.sql("SELECT p.betrokkene_id, p.pseudoniem, p.soort FROM veiligthuis.register_pseudoniem p"
                        + " JOIN veiligthuis.register_registratie r ON r.id = p.registratie_id"
                        + " WHERE r.zaak_id = ? AND r.sleutelversie = ? ORDER BY p.betrokkene_id")
                .params(zaak, sleutelversie)
                .query((rs, n) -> new Pseudoniem(
                        rs.getObject("betrokkene_id", UUID.class), rs.getString("pseudoniem"), rs.getString("soort")))
                .list();
    }

    /**
     * The open cases registered under an older key version and not yet under this one: the key rotation registers
     * them again (ADR-0024).
     */
    public List<UUID> teHerregistreren(int sleutelversie, int max) {
        return jdbc.sql("SELECT DISTINCT r.zaak_id FROM veiligthuis.register_registratie r"
                        + " JOIN veiligthuis.zaak z ON z.id = r.zaak_id"
                        + " WHERE r.beeindigd_op IS NULL AND z.status NOT IN ('AFGESLOTEN', 'ADVIES_AFGEROND')"
                        + " AND r.sleutelversie < ? AND NOT EXISTS (SELECT 1 FROM"
                        + " veiligthuis.register_registratie n WHERE n.zaak_id = r.zaak_id AND n.sleutelversie = ?)"
                        + " LIMIT ?")
                .params(sleutelversie, sleutelversie, max)
                .query(UUID.class)
                .list();
    }

    /**
     * Keeps a match told by the register, once.
     *
     * @return whether it was new (a second delivery of the same match returns false)
     */
    public boolean insertMatch(UUID matchId, UUID zaak, TenantId tenant, Instant op) {
        return jdbc.sql("INSERT INTO veiligthuis.register_match (match_id, zaak_id, tenant_id, ontvangen_op)"
                                + " VALUES (?,?,?,?) ON CONFLICT (match_id) DO NOTHING")
                        .params(matchId, zaak, tenant.value(), Timestamp.from(op))
                        .update()
                == 1;
    }

    /**
     * A match that no worker marked seen yet, with what its journal entry says.
     *
     * @param naam the directbetrokkene's name ("" when unknown)
     * @param andereRegio the other region's name
     * @param mogelijk whether it is a possible match (name and date of birth), to be checked
     */
    public record OpenMatch(
            UUID matchId, UUID zaak, Instant ontvangenOp, String naam, String andereRegio, boolean mogelijk) {

        @Override
        public String toString() {
            return "OpenMatch[" + matchId + "]";
        }
    }

    /**
     * The region's unseen matches on the cases of this worker: the cases they wrote in, and the cases no VT worker
     * wrote in yet (so a match on a case that just arrived is seen by the region's workers). One query.
     */
    public List<OpenMatch> openMatches(TenantId tenant, UserId werker) {
        return jdbc.sql("SELECT m.match_id, m.zaak_id, m.ontvangen_op, e.payload->>'naam' AS naam,"
                        + " e.payload->>'andereRegio' AS andere_regio, (e.payload->>'mogelijk')::boolean AS mogelijk"
                        + " FROM veiligthuis.register_match m JOIN veiligthuis.journal_entry e"
                        + " ON e.zaak_id = m.zaak_id AND e.kind = 'REGISTER_MATCH'"
                        + " AND e.payload->>'matchId' = CAST(m.match_id AS TEXT)"
                        + " WHERE m.tenant_id = ? AND m.gezien_op IS NULL AND (EXISTS (SELECT 1 FROM"
                        + " veiligthuis.journal_entry j WHERE j.zaak_id = m.zaak_id AND j.author_id = ?)"
                        + " OR NOT EXISTS (SELECT 1 FROM veiligthuis.journal_entry j WHERE j.zaak_id = m.zaak_id"
                        + " AND j.author_role IN ('VT_MEDEWERKER', 'GEDRAGSWETENSCHAPPER')))"
                        + " ORDER BY m.ontvangen_op")
                .params(tenant.value(), werker.value())
                .query((rs, n) -> new OpenMatch(
                        rs.getObject("match_id", UUID.class),
                        rs.getObject("zaak_id", UUID.class),
                        rs.getTimestamp("ontvangen_op").toInstant(),
                        rs.getString("naam"),
                        rs.getString("andere_regio"),
                        rs.getBoolean("mogelijk")))
                .list();
    }

    /** The case a match of the region is about, if the region has that match. */
    public Optional<UUID> zaakVanMatch(TenantId tenant, UUID matchId) {
        return jdbc.sql("SELECT zaak_id FROM veiligthuis.register_match WHERE tenant_id = ? AND match_id = ?")
                .params(tenant.value(), matchId)
                .query(UUID.class)
                .optional();
    }

    /**
     * Marks a match of the region seen.
     *
     * @return whether it was still open
     */
    public boolean markeerGezien(TenantId tenant, UUID matchId, UserId door, Instant op) {
        return jdbc.sql("UPDATE veiligthuis.register_match SET gezien_op = ?, gezien_door = ?"
                                + " WHERE tenant_id = ? AND match_id = ? AND gezien_op IS NULL")
                        .params(Timestamp.from(op), door.value(), tenant.value(), matchId)
                        .update()
                == 1;
    }

    /** When a match was marked seen; empty while open or unknown. */
    public Optional<Instant> gezienOp(UUID matchId) {
        return jdbc.sql("SELECT gezien_op FROM veiligthuis.register_match WHERE match_id = ? AND gezien_op IS NOT NULL")
                .param(matchId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional();
    }
}
