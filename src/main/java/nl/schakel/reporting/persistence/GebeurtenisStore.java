package nl.schakel.reporting.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the read models of management information from the dossier events: each event once into
 * {@code reporting_gebeurtenis}, then the dossier's row of {@code reporting_dossier} and its rows of
 * {@code reporting_vir} computed again from all events of that dossier. So a repeated event changes nothing and the
 * order in which events arrive does not matter. The work on one dossier is serialised by a transaction-scoped
 * advisory lock, so that two listeners on the same dossier at once do not overwrite each other's moments.
 */
@Repository
public class GebeurtenisStore {

    /** The first key of the advisory locks of this module (the second is the dossier's hash). */
    private static final int LOCK_SPACE = 10;

    private final JdbcClient jdbc;

    GebeurtenisStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One received event, as stored. */
    public record Gebeurtenis(
            UUID id,
            String soort,
            UUID dossierId,
            Instant op,
            @Nullable Integer stap,
            @Nullable LocalDate herbeoordeling,
            @Nullable UUID signaalId,
            @Nullable Integer volgnummer) {}

    /** Takes the lock on the dossier's rows until the transaction ends. */
    public void lock(UUID dossierId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?, hashtext(?))")
                .params(LOCK_SPACE, dossierId.toString())
                .query()
                .singleRow();
    }

    /**
     * Stores the event unless it was stored before.
     *
     * @return whether it is new
     */
    public boolean insert(Gebeurtenis g) {
        return jdbc.sql("INSERT INTO reporting_gebeurtenis"
                                + " (gebeurtenis_id, soort, dossier_id, op, stap, herbeoordeling_op, signaal_id, volgnummer)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                        .params(
                                g.id(),
                                g.soort(),
                                g.dossierId(),
                                Timestamp.from(g.op()),
                                g.stap(),
                                g.herbeoordeling() == null ? null : java.sql.Date.valueOf(g.herbeoordeling()),
                                g.signaalId(),
                                g.volgnummer())
                        .update()
                == 1;
    }

    /** The dossier's row, with its tenant, team and opening; kept as it was when it exists. */
    public void insertDossier(UUID dossierId, UUID tenantId, @Nullable UUID teamId, Instant geopendOp) {
        jdbc.sql("INSERT INTO reporting_dossier (dossier_id, tenant_id, team_id, geopend_op) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")
                .params(dossierId, tenantId, teamId, Timestamp.from(geopendOp))
                .update();
    }

    /**
     * Computes the dossier's moments and its VIR signals from its events; nothing while its opening has not arrived.
     * Steps, kindcheck and melding: the first moment; hulpplan: the latest, with its date; re-evaluated: the first
     * afweging 5 after that hulpplan; closed: the closing with its step.
     */
    public void herbereken(UUID dossierId) {
        jdbc.sql("UPDATE reporting_dossier r SET"
                        + " stap1_op = " + eerste("'StapGezet' AND g.stap = 1") + ","
                        + " stap2_op = " + eerste("'StapGezet' AND g.stap = 2") + ","
                        + " stap3_op = " + eerste("'StapGezet' AND g.stap = 3") + ","
                        + " stap4_op = " + eerste("'StapGezet' AND g.stap = 4") + ","
                        + " stap5_op = " + eerste("'StapGezet' AND g.stap = 5") + ","
                        + " kindcheck_op = " + eerste("'KindcheckGedaan'") + ","
                        + " melding_op = " + eerste("'MeldingGedaan'") + ","
                        + " hulpplan_op = " + laatstePlan("g.op") + ","
                        + " herbeoordeling_op = " + laatstePlan("g.herbeoordeling_op") + ","
                        + " herbeoordeeld_op = (SELECT min(a.op) FROM reporting_gebeurtenis a"
                        + "   WHERE a.dossier_id = r.dossier_id AND a.soort = 'Afweging5Beantwoord'"
                        + "   AND (a.op, a.volgnummer) > " + laatstePlan("g.op, g.volgnummer") + "),"
                        + " gesloten_op = " + eerste("'Gesloten'") + ","
                        + " gesloten_in_stap = (SELECT g.stap FROM reporting_gebeurtenis g"
                        + "   WHERE g.dossier_id = r.dossier_id AND g.soort = 'Gesloten' ORDER BY g.op LIMIT 1)"
                        + " WHERE r.dossier_id = ?")
                .param(dossierId)
                .update();
        jdbc.sql("INSERT INTO reporting_vir (signaal_id, dossier_id, tenant_id, team_id, van, tot)"
                        + " SELECT s.gebeurtenis_id, s.dossier_id, d.tenant_id, d.team_id, s.op,"
                        + "  (SELECT min(e.op) FROM reporting_gebeurtenis e"
                        + "   WHERE e.soort = 'VirSignaalBeeindigd' AND e.signaal_id = s.gebeurtenis_id)"
                        + " FROM reporting_gebeurtenis s JOIN reporting_dossier d ON d.dossier_id = s.dossier_id"
                        + " WHERE s.dossier_id = ? AND s.soort = 'VirSignaalGemaakt'"
                        + " ON CONFLICT (signaal_id) DO UPDATE SET tot = EXCLUDED.tot")
                .param(dossierId)
                .update();
    }

    private static String eerste(String soort) {
        return "(SELECT min(g.op) FROM reporting_gebeurtenis g WHERE g.dossier_id = r.dossier_id AND g.soort = " + soort
                + ")";
    }

    /** The latest hulpplan's column(s): by moment, then by position in the journal (entries of the same moment). */
    private static String laatstePlan(String kolom) {
        return "(SELECT " + kolom + " FROM reporting_gebeurtenis g WHERE g.dossier_id = r.dossier_id"
                + " AND g.soort = 'HulpplanGemaakt' ORDER BY g.op DESC, g.volgnummer DESC LIMIT 1)";
    }
}
