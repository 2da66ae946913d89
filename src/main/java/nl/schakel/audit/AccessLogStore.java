package nl.schakel.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.schakel.audit.domain.ChainVerification;
import nl.schakel.audit.domain.HashChain;
import nl.schakel.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code audit.access_log}: appends under a lock so the chain has one order, reads, and the verifier. */
@Repository
class AccessLogStore {

    /** Key of the transaction-scoped advisory lock that serialises appends across all nodes. */
    private static final long CHAIN_LOCK = 7513;

    private static final String COLUMNS = "seq, id, occurred_at, event, action, outcome, user_id, username, role,"
            + " on_behalf_of, tenant_id, access_point, object_type, object_id, segment, purpose, detail, source,"
            + " prev_hash, hash, owner_tenant_id";

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;

    AccessLogStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(java.util.Objects.requireNonNull(jdbcTemplate.getDataSource()));
        this.streaming.setFetchSize(1000);
    }

    void append(AccessEvent e, Instant at, String accessPoint) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
        String previous = jdbc.sql("SELECT hash FROM audit.access_log ORDER BY seq DESC LIMIT 1")
                .query(String.class)
                .optional()
                .orElse(HashChain.GENESIS);
        UUID id = UUID.randomUUID();
        Object[] values = {
            id,
            Timestamp.from(at),
            e.event(),
            e.action().name(),
            e.outcome().name(),
            uuid(e.userId()),
            e.username(),
            e.role(),
            e.onBehalfOf(),
            e.tenantId() == null ? null : e.tenantId().value(),
            accessPoint,
            e.objectType(),
            e.objectId(),
            e.segment(),
            e.purpose(),
            null,
            "schakel"
        };
        UUID owner = e.ownerTenantId() == null ? null : e.ownerTenantId().value();
        String hash = HashChain.link(previous, canonical(values, at, owner));
        jdbc.sql("INSERT INTO audit.access_log (id, occurred_at, event, action, outcome, user_id, username, role,"
                        + " on_behalf_of, tenant_id, access_point, object_type, object_id, segment, purpose, detail,"
                        + " source, prev_hash, hash, owner_tenant_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(append(values, previous, hash, owner))
                .update();
    }

    List<AccessLogEntry> search(
            @Nullable TenantId tenant, AccessLogQuery query, @Nullable Instant from, @Nullable Instant to) {
        // the tenant's own actions, and every attempt on a record the tenant is responsible for (ADR-0021)
        StringBuilder sql = new StringBuilder(
                "SELECT " + COLUMNS + " FROM audit.access_log WHERE (tenant_id = ? OR owner_tenant_id = ?)");
        List<Object> params = new ArrayList<>();
        params.add(tenant == null ? null : tenant.value());
        params.add(tenant == null ? null : tenant.value());
        if (query.objectId() != null && !query.objectId().isBlank()) {
            sql.append(" AND object_id = ?");
            params.add(query.objectId().strip());
        }
        if (query.username() != null && !query.username().isBlank()) {
            // also what an API client did on this member's behalf (ADR-0014)
            sql.append(" AND (lower(username) = lower(?) OR lower(on_behalf_of) = lower(?))");
            params.add(query.username().strip());
            params.add(query.username().strip());
        }
        if (from != null) {
            sql.append(" AND occurred_at >= ?");
            params.add(Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" AND occurred_at < ?");
            params.add(Timestamp.from(to));
        }
        sql.append(" ORDER BY seq DESC LIMIT ").append(AccessLogQuery.MAX_ROWS);
        return jdbc.sql(sql.toString())
                .params(params)
                .query(AccessLogStore::entry)
                .list();
    }

    ChainVerificationResult verify() {
        ChainVerification verification = new ChainVerification();
        streaming.query("SELECT " + COLUMNS + " FROM audit.access_log ORDER BY seq", rs -> {
            Instant at = rs.getTimestamp("occurred_at").toInstant();
            Object[] values = {
                rs.getObject("id"),
                null,
                rs.getString("event"),
                rs.getString("action"),
                rs.getString("outcome"),
                rs.getObject("user_id"),
                rs.getString("username"),
                rs.getString("role"),
                rs.getString("on_behalf_of"),
                rs.getObject("tenant_id"),
                rs.getString("access_point"),
                rs.getString("object_type"),
                rs.getString("object_id"),
                rs.getString("segment"),
                rs.getString("purpose"),
                rs.getString("detail"),
                rs.getString("source")
            };
            verification.accept(
                    rs.getLong("seq"),
                    rs.getString("prev_hash"),
                    rs.getString("hash"),
                    canonical(values, at, rs.getObject("owner_tenant_id")));
        });
        ChainVerification.Result result = verification.result();
        return new ChainVerificationResult(result.checked(), result.firstBrokenSeq());
    }

    /**
     * The fields that are hashed, in a fixed order; the time as ISO-8601 UTC with microseconds. The owning tenant
     * (V3_1, ADR-0021) comes last and only when there is one, so rows written before it existed keep their hash.
     */
    static List<@Nullable String> canonical(Object[] values, Instant at, @Nullable Object owner) {
        List<@Nullable String> fields = new ArrayList<>(values.length + 1);
        for (int i = 0; i < values.length; i++) {
            Object value = i == 1 ? at.toString() : values[i];
            fields.add(value == null ? null : value.toString());
        }
        if (owner != null) {
            fields.add(owner.toString());
        }
        return fields;
    }

    private static Object[] append(Object[] values, String previous, String hash, @Nullable UUID owner) {
        Object[] all = Arrays.copyOf(values, values.length + 3);
        all[values.length] = previous;
        all[values.length + 1] = hash;
        all[values.length + 2] = owner;
        return all;
    }

    private static @Nullable UUID uuid(nl.schakel.shared.@Nullable UserId id) {
        return id == null ? null : id.value();
    }

    private static AccessLogEntry entry(ResultSet rs, int row) throws SQLException {
        return new AccessLogEntry(
                rs.getLong("seq"),
                rs.getObject("id", UUID.class),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("event"),
                ActionCode.valueOf(rs.getString("action")),
                Outcome.valueOf(rs.getString("outcome")),
                rs.getObject("user_id", UUID.class),
                rs.getString("username"),
                rs.getString("role"),
                rs.getString("on_behalf_of"),
                rs.getObject("tenant_id", UUID.class),
                rs.getString("access_point"),
                rs.getString("object_type"),
                rs.getString("object_id"),
                rs.getString("segment"),
                rs.getString("purpose"),
                rs.getObject("owner_tenant_id", UUID.class));
    }
}
