package nl.schakel.organisation.persistence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.organisation.Scholing;
import nl.schakel.organisation.ScholingSoort;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The training register in the {@code organisation} schema: trainings followed (withdrawn ones by a row of their own),
 * the refresh interval per role (latest row in force), members' e-mail addresses and the reminders recorded. Every
 * query is scoped to a tenant.
 */
@Repository
public class ScholingStore {

    private static final String ACTIVE = "SELECT s.id, s.user_id, s.soort, s.omschrijving, s.gevolgd_op"
            + " FROM organisation.scholing s WHERE s.tenant_id = ?"
            + " AND NOT EXISTS (SELECT 1 FROM organisation.scholing_intrekking i WHERE i.scholing_id = s.id)";

    private final JdbcClient jdbc;

    ScholingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(TenantId tenant, Scholing scholing, UserId by, Instant at) {
        jdbc.sql("INSERT INTO organisation.scholing"
                        + " (id, tenant_id, user_id, soort, omschrijving, gevolgd_op, recorded_by, recorded_at)"
                        + " VALUES (?,?,?,?,?,?,?,?)")
                .params(
                        scholing.id(),
                        tenant.value(),
                        scholing.lid().value(),
                        scholing.soort().name(),
                        scholing.omschrijving(),
                        Date.valueOf(scholing.gevolgdOp()),
                        by.value(),
                        Timestamp.from(at))
                .update();
    }

    /** The trainings in force (not withdrawn) of all members of the tenant, latest first. */
    public List<Scholing> all(TenantId tenant) {
        return jdbc.sql(ACTIVE + " ORDER BY s.gevolgd_op DESC, s.recorded_at DESC")
                .param(tenant.value())
                .query((rs, n) -> new Scholing(
                        rs.getObject("id", UUID.class),
                        new UserId(rs.getObject("user_id", UUID.class)),
                        ScholingSoort.valueOf(rs.getString("soort")),
                        rs.getString("omschrijving"),
                        rs.getObject("gevolgd_op", LocalDate.class)))
                .list();
    }

    /** The trainings in force of one member of the tenant, latest first. */
    public List<Scholing> of(TenantId tenant, UserId member) {
        return all(tenant).stream().filter(s -> s.lid().equals(member)).toList();
    }

    /** Withdraws a training of the tenant entered by mistake; false when there is none in force with this id. */
    public boolean withdraw(TenantId tenant, UUID scholing, UserId by, Instant at) {
        return jdbc.sql("INSERT INTO organisation.scholing_intrekking (scholing_id, withdrawn_by, withdrawn_at)"
                                + " SELECT id, ?, ? FROM organisation.scholing WHERE id = ? AND tenant_id = ?"
                                + " ON CONFLICT DO NOTHING")
                        .params(by.value(), Timestamp.from(at), scholing, tenant.value())
                        .update()
                > 0;
    }

    /** The owner of a training of the tenant that is in force. */
    public Optional<UserId> memberOf(TenantId tenant, UUID scholing) {
        return all(tenant).stream()
                .filter(s -> s.id().equals(scholing))
                .map(Scholing::lid)
                .findFirst();
    }

    /** The intervals the tenant set, per role, in months (latest per role). */
    public Map<Role, Integer> intervals(TenantId tenant) {
        Map<Role, Integer> intervals = new HashMap<>();
        jdbc.sql("SELECT DISTINCT ON (role) role, maanden FROM organisation.scholing_interval"
                        + " WHERE tenant_id = ? ORDER BY role, changed_at DESC")
                .param(tenant.value())
                .query(rs -> {
                    intervals.put(Role.valueOf(rs.getString("role")), rs.getInt("maanden"));
                });
        return intervals;
    }

    public void insertInterval(TenantId tenant, Role role, int maanden, @Nullable UserId by, Instant at) {
        jdbc.sql("INSERT INTO organisation.scholing_interval (tenant_id, role, maanden, changed_by, changed_at)"
                        + " VALUES (?,?,?,?,?)")
                .params(tenant.value(), role.name(), maanden, by == null ? null : by.value(), Timestamp.from(at))
                .update();
    }

    public Map<UserId, String> emails(TenantId tenant) {
        Map<UserId, String> emails = new HashMap<>();
        jdbc.sql("SELECT user_id, email FROM organisation.member_email WHERE tenant_id = ?")
                .param(tenant.value())
                .query(rs -> {
                    emails.put(new UserId(rs.getObject("user_id", UUID.class)), rs.getString("email"));
                });
        return emails;
    }

    /** Sets a member's e-mail address; {@code null} removes it. */
    public void setEmail(TenantId tenant, UserId member, @Nullable String email, Instant at) {
        if (email == null) {
            jdbc.sql("DELETE FROM organisation.member_email WHERE tenant_id = ? AND user_id = ?")
                    .params(tenant.value(), member.value())
                    .update();
            return;
        }
        jdbc.sql("INSERT INTO organisation.member_email (tenant_id, user_id, email, changed_at) VALUES (?,?,?,?)"
                        + " ON CONFLICT (tenant_id, user_id)"
                        + " DO UPDATE SET email = EXCLUDED.email, changed_at = EXCLUDED.changed_at")
                .params(tenant.value(), member.value(), email, Timestamp.from(at))
                .update();
    }

    /** What became of the e-mail of a recorded reminder. */
    public enum Email {
        VERZONDEN,
        GEEN_ADRES,
        UIT,
        MISLUKT
    }

    /** The e-mail state of the reminder recorded for this member and expiry date, if one was recorded. */
    public Optional<Email> herinnering(TenantId tenant, UserId member, LocalDate geldigTot) {
        return jdbc.sql("SELECT email FROM organisation.scholing_herinnering"
                        + " WHERE tenant_id = ? AND user_id = ? AND geldig_tot = ?")
                .params(tenant.value(), member.value(), Date.valueOf(geldigTot))
                .query((rs, n) -> Email.valueOf(rs.getString("email")))
                .optional();
    }

    /** Records a reminder, or updates the e-mail state of the one recorded for this expiry date. */
    public void legHerinneringVast(TenantId tenant, UserId member, LocalDate geldigTot, Email email, Instant at) {
        jdbc.sql("INSERT INTO organisation.scholing_herinnering"
                        + " (tenant_id, user_id, geldig_tot, recorded_at, email, emailed_at) VALUES (?,?,?,?,?,?)"
                        + " ON CONFLICT (tenant_id, user_id, geldig_tot)"
                        + " DO UPDATE SET email = EXCLUDED.email, emailed_at = EXCLUDED.emailed_at")
                .params(
                        tenant.value(),
                        member.value(),
                        Date.valueOf(geldigTot),
                        Timestamp.from(at),
                        email.name(),
                        email == Email.VERZONDEN ? Timestamp.from(at) : null)
                .update();
    }
}
