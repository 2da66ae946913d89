package nl.schakel.reporting.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.reporting.domain.DossierVerloop;
import nl.schakel.reporting.domain.VirSignaal;
import nl.schakel.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The read-model rows the figures are computed from, of one tenant only. */
@Repository
public class ReportingCijferStore {

    private final JdbcClient jdbc;

    ReportingCijferStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The tenant's dossiers that lived in the time span: opened before its end and not closed before its start. A
     * dossier outside it has no event in it (every event lies between opening and closing), so the year's figures
     * need only these, not twenty years of dossiers (issue 14).
     */
    public List<DossierVerloop> dossiers(TenantId tenant, Instant van, Instant tot) {
        return jdbc.sql("SELECT team_id, geopend_op, stap1_op, stap2_op, stap3_op, stap4_op, stap5_op, kindcheck_op,"
                        + " melding_op, hulpplan_op, herbeoordeling_op, herbeoordeeld_op, gesloten_op,"
                        + " gesloten_in_stap FROM reporting_dossier WHERE tenant_id = ? AND geopend_op < ?"
                        + " AND (gesloten_op IS NULL OR gesloten_op >= ?)")
                .params(tenant.value(), Timestamp.from(tot), Timestamp.from(van))
                .query((rs, row) -> new DossierVerloop(
                        rs.getObject("team_id", UUID.class),
                        Objects.requireNonNull(moment(rs, "geopend_op")),
                        new Instant[] {
                            moment(rs, "stap1_op"),
                            moment(rs, "stap2_op"),
                            moment(rs, "stap3_op"),
                            moment(rs, "stap4_op"),
                            moment(rs, "stap5_op")
                        },
                        moment(rs, "kindcheck_op"),
                        moment(rs, "melding_op"),
                        moment(rs, "hulpplan_op"),
                        dag(rs.getDate("herbeoordeling_op")),
                        moment(rs, "herbeoordeeld_op"),
                        moment(rs, "gesloten_op"),
                        rs.getObject("gesloten_in_stap", Integer.class)))
                .list();
    }

    /** The tenant's VIR signals active at some moment of the time span. */
    public List<VirSignaal> signalen(TenantId tenant, Instant van, Instant tot) {
        return jdbc.sql("SELECT team_id, van, tot FROM reporting_vir WHERE tenant_id = ? AND van < ?"
                        + " AND (tot IS NULL OR tot >= ?)")
                .params(tenant.value(), Timestamp.from(tot), Timestamp.from(van))
                .query((rs, row) -> new VirSignaal(
                        rs.getObject("team_id", UUID.class),
                        Objects.requireNonNull(moment(rs, "van")),
                        moment(rs, "tot")))
                .list();
    }

    /** When the tenant's first dossier was opened, if it has any. */
    public Optional<Instant> eersteDossier(TenantId tenant) {
        return jdbc.sql("SELECT min(geopend_op) AS eerste FROM reporting_dossier WHERE tenant_id = ?")
                .param(tenant.value())
                .query((rs, row) -> moment(rs, "eerste"))
                .optional();
    }

    private static @Nullable Instant moment(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static @Nullable LocalDate dag(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
