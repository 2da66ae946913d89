package nl.schakel.organisation.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import nl.schakel.organisation.Meldprotocol;
import nl.schakel.organisation.MeldprotocolVersie;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The versions of each tenant's meldprotocol, in the {@code organisation} schema, each with its content as a JSON
 * copy. Only ever inserted into (the database refuses a change); scoped to a tenant.
 */
@Repository
public class MeldprotocolStore {

    private static final String COLUMNS = "versie, vastgelegd_op, vastgelegd_door_naam, inhoud";

    private final JdbcClient jdbc;
    /** Our own mapper, so that how versions are stored never follows a setting made for the web. */
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    MeldprotocolStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the next version of the tenant's meldprotocol: its number is one more than the highest so far. The
     * tenant's row is locked first, so that two versions recorded at once get consecutive numbers.
     */
    public MeldprotocolVersie insert(
            TenantId tenant, Meldprotocol inhoud, java.time.Instant op, @Nullable UserId door, String doorNaam) {
        jdbc.sql("SELECT id FROM organisation.tenant WHERE id = ? FOR UPDATE")
                .param(tenant.value())
                .query()
                .singleRow();
        int versie = jdbc.sql("SELECT coalesce(max(versie), 0) + 1 FROM organisation.meldprotocol_versie"
                        + " WHERE tenant_id = ?")
                .param(tenant.value())
                .query(Integer.class)
                .single();
        jdbc.sql("INSERT INTO organisation.meldprotocol_versie (tenant_id, versie, vastgesteld_op, ingangsdatum,"
                        + " vastgelegd_op, vastgelegd_door_id, vastgelegd_door_naam, inhoud)"
                        + " VALUES (?,?,?,?,?,?,?,CAST(? AS JSONB))")
                .params(
                        tenant.value(),
                        versie,
                        Date.valueOf(inhoud.vastgesteldOp()),
                        Date.valueOf(inhoud.ingangsdatum()),
                        Timestamp.from(op),
                        door == null ? null : door.value(),
                        doorNaam,
                        json.writeValueAsString(inhoud))
                .update();
        return new MeldprotocolVersie(versie, inhoud, op, doorNaam);
    }

    /** Every version of the tenant's meldprotocol, newest first. */
    public List<MeldprotocolVersie> all(TenantId tenant) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organisation.meldprotocol_versie WHERE tenant_id = ?"
                        + " ORDER BY versie DESC")
                .param(tenant.value())
                .query(this::versie)
                .list();
    }

    /**
     * The version in force on this day: the highest version whose effective date is on or before it, read alone through the primary key; every dossier access asks it, so it
     * does not load and decode every version (issue 14).
     */
    public Optional<MeldprotocolVersie> vanKracht(TenantId tenant, java.time.LocalDate vandaag) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organisation.meldprotocol_versie WHERE tenant_id = ?"
                        + " AND ingangsdatum <= ? ORDER BY versie DESC LIMIT 1")
                .params(tenant.value(), Date.valueOf(vandaag))
                .query(this::versie)
                .optional();
    }

    /** One version of the tenant's meldprotocol. */
    public Optional<MeldprotocolVersie> find(TenantId tenant, int versie) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organisation.meldprotocol_versie WHERE tenant_id = ?"
                        + " AND versie = ?")
                .params(tenant.value(), versie)
                .query(this::versie)
                .optional();
    }

    private MeldprotocolVersie versie(ResultSet rs, int n) throws SQLException {
        return new MeldprotocolVersie(
                rs.getInt("versie"),
                json.readValue(rs.getString("inhoud"), Meldprotocol.class),
                rs.getTimestamp("vastgelegd_op").toInstant(),
                rs.getString("vastgelegd_door_naam"));
    }
}
