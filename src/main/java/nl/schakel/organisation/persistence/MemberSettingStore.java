package nl.schakel.organisation.persistence;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Per-member settings and the signal executor of a tenant, in the {@code organisation} schema; scoped to a tenant. */
@Repository
public class MemberSettingStore {

    private final JdbcClient jdbc;

    MemberSettingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<UserId> signalOnly(TenantId tenant) {
        return jdbc
                .sql("SELECT user_id FROM organisation.member_setting WHERE tenant_id = ? AND signal_only")
                .param(tenant.value())
                .query((rs, n) -> new UserId(rs.getObject("user_id", UUID.class)))
                .list()
                .stream()
                .collect(Collectors.toSet());
    }

    public boolean isSignalOnly(TenantId tenant, UserId user) {
        return jdbc.sql("SELECT count(*) FROM organisation.member_setting"
                                + " WHERE tenant_id = ? AND user_id = ? AND signal_only")
                        .params(tenant.value(), user.value())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public void setSignalOnly(TenantId tenant, UserId user, boolean signalOnly) {
        jdbc.sql("INSERT INTO organisation.member_setting (tenant_id, user_id, signal_only) VALUES (?,?,?)"
                        + " ON CONFLICT (tenant_id, user_id) DO UPDATE SET signal_only = EXCLUDED.signal_only")
                .params(tenant.value(), user.value(), signalOnly)
                .update();
    }

    public Optional<UserId> executor(TenantId tenant) {
        return jdbc.sql("SELECT executor_id FROM organisation.signal_executor WHERE tenant_id = ?")
                .param(tenant.value())
                .query((rs, n) -> new UserId(rs.getObject("executor_id", UUID.class)))
                .optional();
    }

    /** Sets the tenant's executor; {@code null} means the aandachtsfunctionarissen. */
    public void setExecutor(TenantId tenant, @Nullable UserId executor) {
        jdbc.sql("DELETE FROM organisation.signal_executor WHERE tenant_id = ?")
                .param(tenant.value())
                .update();
        if (executor != null) {
            jdbc.sql("INSERT INTO organisation.signal_executor (tenant_id, executor_id) VALUES (?,?)")
                    .params(tenant.value(), executor.value())
                    .update();
        }
    }
}
