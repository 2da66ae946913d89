package nl.schakel.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.schakel.audit.domain.ChainsVerification;
import nl.schakel.audit.domain.HashChain;
import nl.schakel.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code audit.access_log}: appends under a lock so the chain has one order, reads, and the verifier. */
@Repository
class AccessLogStore {

    /**
     * Locks the row of a chain no other transaction holds, the one this transaction already holds first (so a
     * transaction that writes several rows holds one chain, and two transactions never wait for each other's second
     * chain). The lock lasts until the transaction ends, like the row it guards.
     */
    private static final String CLAIM_FREE_CHAIN = "SELECT chain, last_hash FROM audit.access_log_chain"
            + " ORDER BY chain::text = current_setting('schakel.audit_chain', true) DESC NULLS LAST, random()"
            + " LIMIT 1 FOR UPDATE SKIP LOCKED";

    /** Every chain is held: wait for one. */
    private static final String CLAIM_ANY_CHAIN =
            "SELECT chain, last_hash FROM audit.access_log_chain ORDER BY random() LIMIT 1 FOR UPDATE";

    /** The order of the search: newest first; rows of the same microsecond in the order they were written. */
    private static final String ORDER = " ORDER BY occurred_at DESC, seq DESC LIMIT ";

    /** The row, the chain's new last hash, and which chain this transaction holds, in one statement. */
    private static final String INSERT = "WITH row AS (INSERT INTO audit.access_log (id, occurred_at, event, action,"
            + " outcome, user_id, username, role, on_behalf_of, tenant_id, access_point, object_type, object_id,"
            + " segment, purpose, detail, source, prev_hash, hash, owner_tenant_id, chain)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING chain, hash)"
            + " UPDATE audit.access_log_chain c SET last_hash = row.hash FROM row WHERE c.chain = row.chain"
            + " RETURNING set_config('schakel.audit_chain', c.chain::text, true)";

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
        // a chain no other transaction holds (this transaction's own chain first), or wait for one when all are taken
        Map<String, Object> chain = jdbc.sql(CLAIM_FREE_CHAIN).query().listOfRows().stream()
                .findFirst()
                .orElseGet(() -> jdbc.sql(CLAIM_ANY_CHAIN).query().singleRow());
        int number = ((Number) chain.get("chain")).intValue();
        String previous = (String) chain.get("last_hash");
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
        jdbc.sql(INSERT)
                .params(append(values, previous, hash, owner, number))
                .query()
                .singleRow();
    }

    /**
     * One page of the rows of {@code tenant}: its own actions, and every attempt on a record it is responsible for
     * (ADR-0021), newest first (by time, then seq), before the row {@code query.before()}. Two halves, each a backward
     * scan of its own index on {@code (tenant, occurred_at)} that starts at the end of the period or the page and stops
     * after one page, merged: an {@code OR} of the two would have to sort every row of the tenant, and ordering by seq
     * alone made a period long ago scan all newer rows (ADR-0034).
     */
    AccessLogPage search(TenantId tenant, AccessLogQuery query, @Nullable Instant from, @Nullable Instant to) {
        SearchSql search = searchSql(tenant, query, from, to);
        List<AccessLogEntry> rows = jdbc.sql(search.sql())
                .params(search.params())
                .query(AccessLogStore::entry)
                .list();
        if (rows.size() <= AccessLogQuery.PAGE_SIZE) {
            return new AccessLogPage(rows, null);
        }
        List<AccessLogEntry> page = List.copyOf(rows.subList(0, AccessLogQuery.PAGE_SIZE));
        return new AccessLogPage(page, page.getLast().seq());
    }

    /** The statement of {@link #search} (one row more than a page: is there an older page?); for the benchmark too. */
    record SearchSql(String sql, List<Object> params) {}

    static SearchSql searchSql(TenantId tenant, AccessLogQuery query, @Nullable Instant from, @Nullable Instant to) {
        StringBuilder criteria = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (query.before() != null) {
            // keyset: older than the last row of the previous page, in the order of the page
            // (only a row this tenant may see: another tenant's seq finds nothing, so it tells nothing of its time)
            String last = "(SELECT %s FROM audit.access_log WHERE seq = ? AND (tenant_id = ? OR owner_tenant_id = ?))";
            criteria.append(" AND occurred_at <= " + last.formatted("occurred_at") + " AND (occurred_at, seq) < "
                    + last.formatted("occurred_at, seq"));
            for (int i = 0; i < 2; i++) {
                params.add(query.before());
                params.add(tenant.value());
                params.add(tenant.value());
            }
        }
        if (query.objectId() != null && !query.objectId().isBlank()) {
            criteria.append(" AND object_id = ?");
            params.add(query.objectId().strip());
        }
        if (query.username() != null && !query.username().isBlank()) {
            // also what an API client did on this member's behalf (ADR-0014)
            criteria.append(" AND (lower(username) = lower(?) OR lower(on_behalf_of) = lower(?))");
            params.add(query.username().strip());
            params.add(query.username().strip());
        }
        if (from != null) {
            criteria.append(" AND occurred_at >= ?");
            params.add(Timestamp.from(from));
        }
        if (to != null) {
            criteria.append(" AND occurred_at < ?");
            params.add(Timestamp.from(to));
        }
        int limit = AccessLogQuery.PAGE_SIZE + 1;
        String sql = "SELECT " + COLUMNS + " FROM ((SELECT " + COLUMNS + " FROM audit.access_log WHERE tenant_id = ?"
                + criteria + ORDER + limit + ") UNION ALL (SELECT " + COLUMNS
                + " FROM audit.access_log WHERE owner_tenant_id = ? AND tenant_id IS DISTINCT FROM ?" + criteria
                + ORDER + limit + ")) AS found" + ORDER + limit;
        List<Object> all = new ArrayList<>();
        all.add(tenant.value());
        all.addAll(params);
        all.add(tenant.value());
        all.add(tenant.value());
        all.addAll(params);
        return new SearchSql(sql, all);
    }

    /**
     * Checks every chain: all rows when {@code full}, otherwise from each chain's last verified checkpoint (a chain
     * without one from its first row). When all chains are whole, writes a checkpoint for every chain that grew.
     */
    ChainVerificationResult verify(boolean full) {
        ChainsVerification verification = new ChainsVerification();
        Map<Integer, String> heads = new HashMap<>();
        jdbc.sql("SELECT chain, last_hash FROM audit.access_log_chain")
                .query((rs, n) -> heads.put(rs.getInt("chain"), rs.getString("last_hash")))
                .list();
        verification.heads(heads);
        long from = 0;
        if (!full) {
            Map<Integer, Long> seqs = new HashMap<>();
            jdbc.sql("SELECT DISTINCT ON (chain) chain, seq, hash FROM audit.access_log_checkpoint"
                            + " ORDER BY chain, id DESC")
                    .query((rs, n) -> {
                        verification.startAt(rs.getInt("chain"), rs.getLong("seq"), rs.getString("hash"));
                        return seqs.put(rs.getInt("chain"), rs.getLong("seq"));
                    })
                    .list();
            from = ChainsVerification.readFrom(seqs, heads.keySet());
        }
        streaming.query(
                "SELECT " + COLUMNS + ", chain FROM audit.access_log WHERE seq >= ? ORDER BY seq",
                rs -> {
                    verification.accept(
                            rs.getInt("chain"),
                            rs.getLong("seq"),
                            rs.getString("prev_hash"),
                            rs.getString("hash"),
                            fields(rs));
                },
                from);
        ChainsVerification.Result result = verification.result();
        for (ChainsVerification.Checkpoint checkpoint : result.checkpoints()) {
            jdbc.sql("INSERT INTO audit.access_log_checkpoint (chain, seq, hash, rows_checked) VALUES (?,?,?,?)")
                    .params(checkpoint.chain(), checkpoint.seq(), checkpoint.hash(), checkpoint.checked())
                    .update();
        }
        return new ChainVerificationResult(result.checked(), result.firstBrokenSeq());
    }

    /** A stored row's hashed fields, as {@link #canonical} builds them for a new row. */
    static List<@Nullable String> fields(ResultSet rs) throws SQLException {
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
        return canonical(values, at, rs.getObject("owner_tenant_id"));
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

    private static Object[] append(Object[] values, String previous, String hash, @Nullable UUID owner, int chain) {
        Object[] all = Arrays.copyOf(values, values.length + 4);
        all[values.length] = previous;
        all[values.length + 1] = hash;
        all[values.length + 2] = owner;
        all[values.length + 3] = chain;
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
