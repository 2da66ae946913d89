package nl.schakel.identity.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.identity.Membership;
import nl.schakel.identity.domain.Account;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.RecordOwners;
import nl.schakel.shared.Role;
import nl.schakel.shared.TeamId;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts, memberships and recovery codes in the {@code identity} schema. */
@Repository
public class AccountStore implements RecordOwners {

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> findByUsername(String username) {
        return jdbc.sql("SELECT * FROM identity.account WHERE lower(username) = lower(?)")
                .param(username)
                .query(AccountStore::account)
                .optional();
    }

    public Optional<Account> find(UserId id) {
        return jdbc.sql("SELECT * FROM identity.account WHERE id = ?")
                .param(id.value())
                .query(AccountStore::account)
                .optional();
    }

    public boolean usernameTaken(String username) {
        return findByUsername(username).isPresent();
    }

    public void insert(Account account, Instant now) {
        jdbc.sql("INSERT INTO identity.account (id, username, display_name, password_hash, totp_secret,"
                        + " totp_enrolled_at, enabled, must_change_password, created_at) VALUES (?,?,?,?,?,?,?,?,?)")
                .params(
                        account.id().value(),
                        account.username(),
                        account.displayName(),
                        account.passwordHash(),
                        account.totpSecret(),
                        account.totpEnrolledAt() == null ? null : Timestamp.from(account.totpEnrolledAt()),
                        account.enabled(),
                        account.mustChangePassword(),
                        Timestamp.from(now))
                .update();
    }

    public void insertMembership(Membership m, Instant now) {
        jdbc.sql("INSERT INTO identity.membership (id, account_id, tenant_id, team_id, role, beroepscluster,"
                        + " created_at) VALUES (?,?,?,?,?,?,?)")
                .params(
                        m.id(),
                        m.userId().value(),
                        m.tenantId() == null ? null : m.tenantId().value(),
                        m.teamId() == null ? null : m.teamId().value(),
                        m.role().name(),
                        m.beroepscluster() == null ? null : m.beroepscluster().name(),
                        Timestamp.from(now))
                .update();
    }

    /** Changes the role, team and beroepscluster of a user's membership in one tenant. */
    public int updateMembership(Membership m) {
        return jdbc.sql("UPDATE identity.membership SET role = ?, team_id = ?, beroepscluster = ?"
                        + " WHERE account_id = ? AND tenant_id = ?")
                .params(
                        m.role().name(),
                        m.teamId() == null ? null : m.teamId().value(),
                        m.beroepscluster() == null ? null : m.beroepscluster().name(),
                        m.userId().value(),
                        m.tenantId() == null ? null : m.tenantId().value())
                .update();
    }

    /**
     * The organisation of a member by their account id (their first membership with a tenant), whoever asks: only for
     * the access-log row of a refused attempt on the member (ADR-0021, ADR-0042).
     */
    @Override
    public Optional<TenantId> ownerOf(UUID account) {
        return memberships(new UserId(account)).stream()
                .map(Membership::tenantId)
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    public List<Membership> memberships(UserId user) {
        return jdbc.sql("SELECT * FROM identity.membership WHERE account_id = ? ORDER BY created_at, id")
                .param(user.value())
                .query(AccountStore::membership)
                .list();
    }

    /**
     * The members of a tenant with their accounts in one query, in the order they joined (issue 14: one query per
     * member before). Index {@code membership_tenant_idx}.
     */
    public List<nl.schakel.identity.MemberView> membersOf(TenantId tenant) {
        return jdbc.sql("SELECT a.id, a.username, a.display_name, m.role, m.team_id, m.beroepscluster, a.enabled,"
                        + " a.totp_secret IS NOT NULL AND a.totp_enrolled_at IS NOT NULL AS enrolled"
                        + " FROM identity.membership m JOIN identity.account a ON a.id = m.account_id"
                        + " WHERE m.tenant_id = ? ORDER BY m.created_at, m.id")
                .param(tenant.value())
                .query((rs, n) -> {
                    UUID team = rs.getObject("team_id", UUID.class);
                    String cluster = rs.getString("beroepscluster");
                    return new nl.schakel.identity.MemberView(
                            new UserId(rs.getObject("id", UUID.class)),
                            rs.getString("username"),
                            rs.getString("display_name"),
                            Role.valueOf(rs.getString("role")),
                            team == null ? null : new TeamId(team),
                            cluster == null ? null : Beroepscluster.valueOf(cluster),
                            rs.getBoolean("enabled"),
                            rs.getBoolean("enrolled"));
                })
                .list();
    }

    /** Stores the step of an accepted code, only if it is newer than the last one (no replay, also across nodes). */
    public boolean useTotpStep(UserId user, long step) {
        return jdbc.sql("UPDATE identity.account SET totp_last_step = ? WHERE id = ? AND totp_last_step < ?")
                        .params(step, user.value(), step)
                        .update()
                == 1;
    }

    public void enrolTotp(UserId user, String secret, long step, Instant now) {
        jdbc.sql("UPDATE identity.account SET totp_secret = ?, totp_enrolled_at = ?, totp_last_step = ? WHERE id = ?")
                .params(secret, Timestamp.from(now), step, user.value())
                .update();
    }

    public void clearTotp(UserId user) {
        jdbc.sql("UPDATE identity.account SET totp_secret = NULL, totp_enrolled_at = NULL, totp_last_step = 0"
                        + " WHERE id = ?")
                .param(user.value())
                .update();
        jdbc.sql("DELETE FROM identity.recovery_code WHERE account_id = ?")
                .param(user.value())
                .update();
    }

    public void setEnabled(UserId user, boolean enabled) {
        jdbc.sql("UPDATE identity.account SET enabled = ? WHERE id = ?")
                .params(enabled, user.value())
                .update();
    }

    public void replaceRecoveryCodes(UserId user, List<String> hashes) {
        jdbc.sql("DELETE FROM identity.recovery_code WHERE account_id = ?")
                .param(user.value())
                .update();
        for (String hash : hashes) {
            jdbc.sql("INSERT INTO identity.recovery_code (account_id, code_hash) VALUES (?, ?)")
                    .params(user.value(), hash)
                    .update();
        }
    }

    /** Marks an unused recovery code used; false when there is no such unused code. */
    public boolean useRecoveryCode(UserId user, String hash, Instant now) {
        return jdbc.sql("UPDATE identity.recovery_code SET used_at = ? WHERE account_id = ? AND code_hash = ?"
                                + " AND used_at IS NULL")
                        .params(Timestamp.from(now), user.value(), hash)
                        .update()
                == 1;
    }

    public int unusedRecoveryCodes(UserId user) {
        return jdbc.sql("SELECT count(*) FROM identity.recovery_code WHERE account_id = ? AND used_at IS NULL")
                .param(user.value())
                .query(Integer.class)
                .single();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        Timestamp enrolled = rs.getTimestamp("totp_enrolled_at");
        return new Account(
                new UserId(rs.getObject("id", UUID.class)),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                rs.getString("totp_secret"),
                enrolled == null ? null : enrolled.toInstant(),
                rs.getLong("totp_last_step"),
                rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"));
    }

    private static Membership membership(ResultSet rs, int row) throws SQLException {
        UUID tenant = rs.getObject("tenant_id", UUID.class);
        UUID team = rs.getObject("team_id", UUID.class);
        String cluster = rs.getString("beroepscluster");
        return new Membership(
                rs.getObject("id", UUID.class),
                new UserId(rs.getObject("account_id", UUID.class)),
                tenant == null ? null : new TenantId(tenant),
                team == null ? null : new TeamId(team),
                Role.valueOf(rs.getString("role")),
                cluster == null ? null : Beroepscluster.valueOf(cluster));
    }
}
