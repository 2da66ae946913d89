package nl.schakel.audit;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import nl.schakel.audit.domain.HashChain;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes many access-log rows at once with PostgreSQL {@code COPY}, chained exactly as {@link AccessLogStore#append}
 * chains a single row, so {@link AccessLog#verifyChain()} accepts them: the rows go round the chains of
 * {@code audit.access_log_chain} in turn (ADR-0034), each linked to its chain's last hash, and the chains' last hashes
 * are updated at the end. For the national data set (issue 14) and benchmarks only: it locks every chain until the
 * caller commits, so appends by the application wait meanwhile.
 */
public final class AccessLogCopy {

    /** One row to write: the event, when it happened and the access point (an address or {@code api}). */
    public record Row(AccessEvent event, Instant at, String accessPoint, UUID id) {}

    private static final String COPY = "COPY audit.access_log (id, occurred_at, event, action, outcome, user_id,"
            + " username, role, on_behalf_of, tenant_id, access_point, object_type, object_id, segment, purpose, detail,"
            + " source, prev_hash, hash, owner_tenant_id, chain) FROM STDIN";

    private AccessLogCopy() {}

    /**
     * Appends {@code rows} in their order after the last row of the chain, in batches of {@code batch} rows per COPY,
     * and returns how many were written. The caller commits.
     */
    public static long copy(Connection connection, Iterator<Row> rows, int batch) throws SQLException, IOException {
        List<Integer> chains = new ArrayList<>();
        List<String> last = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT chain, last_hash FROM audit.access_log_chain ORDER BY chain FOR UPDATE")) {
            while (rs.next()) {
                chains.add(rs.getInt(1));
                last.add(rs.getString(2));
            }
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder text = new StringBuilder(batch * 400);
        long written = 0;
        int inBatch = 0;
        while (rows.hasNext()) {
            Row row = rows.next();
            int turn = (int) (written % chains.size());
            last.set(turn, line(text, row, last.get(turn), chains.get(turn)));
            written++;
            if (++inBatch == batch) {
                copy.copyIn(COPY, reader(text));
                text.setLength(0);
                inBatch = 0;
            }
        }
        if (inBatch > 0) {
            copy.copyIn(COPY, reader(text));
        }
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE audit.access_log_chain SET last_hash = ? WHERE chain = ?")) {
            for (int i = 0; i < chains.size(); i++) {
                update.setString(1, last.get(i));
                update.setInt(2, chains.get(i));
                update.addBatch();
            }
            update.executeBatch();
        }
        return written;
    }

    private static String line(StringBuilder text, Row row, String previous, int chain) {
        AccessEvent e = row.event();
        Object[] values = {
            row.id(),
            null,
            e.event(),
            e.action().name(),
            e.outcome().name(),
            e.userId() == null ? null : e.userId().value(),
            e.username(),
            e.role(),
            e.onBehalfOf(),
            e.tenantId() == null ? null : e.tenantId().value(),
            row.accessPoint(),
            e.objectType(),
            e.objectId(),
            e.segment(),
            e.purpose(),
            null,
            "schakel"
        };
        UUID owner = e.ownerTenantId() == null ? null : e.ownerTenantId().value();
        // the database keeps microseconds: hash what it will give back
        Instant at = row.at().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        List<@Nullable String> fields = AccessLogStore.canonical(values, at, owner);
        String hash = HashChain.link(previous, fields);
        for (int i = 0; i < values.length; i++) {
            field(text, i == 1 ? at.toString() : values[i]);
            text.append('\t');
        }
        field(text, previous);
        text.append('\t');
        field(text, hash);
        text.append('\t');
        field(text, owner);
        text.append('\t');
        field(text, chain);
        text.append('\n');
        return hash;
    }

    /** Appends {@code value} as one field of COPY's text format: {@code \N} for null, backslash-escaped otherwise. */
    public static void field(StringBuilder text, @Nullable Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    private static Reader reader(StringBuilder text) {
        return new StringReader(text.toString());
    }
}
