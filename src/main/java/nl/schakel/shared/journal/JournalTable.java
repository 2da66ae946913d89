package nl.schakel.shared.journal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.schakel.shared.Role;
import nl.schakel.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module's journal table: the one way every journal is written and read. Each module owns its table in its own
 * schema, in the shape below, and its store keeps one {@code JournalTable} for it; entries are only ever inserted,
 * each with its payload as JSON ({@link JournalCodec}) and the name of its kind.
 *
 * <pre>{@code
 * CREATE TABLE <schema>.journal_entry (
 *     seq          BIGSERIAL PRIMARY KEY,          -- the order of appending
 *     id           UUID NOT NULL UNIQUE,
 *     <owner>_id   UUID NOT NULL REFERENCES <schema>.<owner> (id),
 *     recorded_at  TIMESTAMPTZ NOT NULL,
 *     author_id    UUID NOT NULL,
 *     author_name  TEXT NOT NULL,
 *     author_role  TEXT,
 *     on_behalf_of TEXT,
 *     kind         TEXT NOT NULL,
 *     corrects     UUID REFERENCES <schema>.journal_entry (id),  -- a journal with corrections only
 *     reason       TEXT,                                         -- likewise, CHECK ((corrects IS NULL) = (reason IS NULL))
 *     payload      JSONB NOT NULL CHECK (jsonb_typeof(payload) = 'object'));
 * }</pre>
 *
 * <p>The database itself keeps the table append-only: UPDATE, DELETE and TRUNCATE are refused, whoever asks, by two
 * triggers in the module's own migration (dossier {@code V5_0}, veiligthuis {@code V8_0}; applied migrations are never
 * rewritten), in this shape:
 *
 * <pre>{@code
 * CREATE FUNCTION <schema>.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
 * BEGIN
 *     RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
 * END;
 * $$;
 * CREATE TRIGGER journal_entry_append_only BEFORE UPDATE OR DELETE ON <schema>.journal_entry
 *     FOR EACH ROW EXECUTE FUNCTION <schema>.refuse_change();
 * CREATE TRIGGER journal_entry_no_truncate BEFORE TRUNCATE ON <schema>.journal_entry
 *     FOR EACH STATEMENT EXECUTE FUNCTION <schema>.refuse_change();
 * }</pre>
 *
 * @param <P> the module's payload type
 * @param <K> the module's kind enum
 */
public final class JournalTable<P extends JournalPayload<K>, K extends Enum<K> & JournalKind> {

    private static final Pattern NAME = Pattern.compile("[a-z_]+(\\.[a-z_]+)?");

    private final JdbcClient jdbc;
    private final String table;
    private final String ownerColumn;
    private final Class<P> payloadType;
    private final JournalKinds<K> kinds;
    private final boolean corrections;

    private JournalTable(
            JdbcClient jdbc,
            String table,
            String ownerColumn,
            Class<P> payloadType,
            Class<K> kinds,
            boolean corrections) {
        if (!NAME.matcher(table).matches() || !NAME.matcher(ownerColumn).matches()) {
            throw new IllegalArgumentException("not a table or column name");
        }
        this.jdbc = jdbc;
        this.table = table;
        this.ownerColumn = ownerColumn;
        this.payloadType = payloadType;
        this.kinds = JournalKinds.of(kinds);
        this.corrections = corrections;
    }

    /** A journal table with the columns {@code corrects} and {@code reason}, whose entries may correct others. */
    public static <P extends JournalPayload<K>, K extends Enum<K> & JournalKind> JournalTable<P, K> withCorrections(
            JdbcClient jdbc, String table, String ownerColumn, Class<P> payloadType, Class<K> kinds) {
        return new JournalTable<>(jdbc, table, ownerColumn, payloadType, kinds, true);
    }

    /** A journal table without correction columns: it takes no correction. */
    public static <P extends JournalPayload<K>, K extends Enum<K> & JournalKind> JournalTable<P, K> withoutCorrections(
            JdbcClient jdbc, String table, String ownerColumn, Class<P> payloadType, Class<K> kinds) {
        return new JournalTable<>(jdbc, table, ownerColumn, payloadType, kinds, false);
    }

    /** Appends the entry; nothing existing changes. */
    public void insert(JournalEntry<P> e) {
        if (e.isCorrection() && !corrections) {
            throw new IllegalArgumentException(table + " takes no corrections");
        }
        String columns =
                "id, " + ownerColumn + ", recorded_at, author_id, author_name, author_role, on_behalf_of, kind,"
                        + (corrections ? " corrects, reason," : "") + " payload";
        String values = corrections ? "?,?,?,?,?,?,?,?,?,?" : "?,?,?,?,?,?,?,?";
        var spec = jdbc.sql("INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ",CAST(? AS JSONB))")
                .param(e.id())
                .param(e.ownerId())
                .param(Timestamp.from(e.recordedAt()))
                .param(e.authorId().value())
                .param(e.authorName())
                .param(e.authorRole() == null ? null : e.authorRole().name())
                .param(e.onBehalfOf())
                .param(e.kind().name());
        if (corrections) {
            spec = spec.param(e.corrects()).param(e.reason());
        }
        spec.param(JournalCodec.write(e.payload())).update();
    }

    /** The journal of one dossier or case, in the order its entries were appended. */
    public List<JournalEntry<P>> entries(UUID owner) {
        return jdbc.sql("SELECT * FROM " + table + " WHERE " + ownerColumn + " = ? ORDER BY seq")
                .param(owner)
                .query((rs, n) -> entry(rs))
                .list();
    }

    /** The entry of the current row of a query that selects all of this table's columns. */
    public JournalEntry<P> entry(ResultSet rs) throws SQLException {
        K kind = kinds.named(rs.getString("kind"));
        P payload = payloadType.cast(JournalCodec.read(kind, rs.getString("payload")));
        String role = rs.getString("author_role");
        return new JournalEntry<>(
                rs.getObject("id", UUID.class),
                rs.getObject(ownerColumn, UUID.class),
                rs.getTimestamp("recorded_at").toInstant(),
                new UserId(rs.getObject("author_id", UUID.class)),
                rs.getString("author_name"),
                role == null ? null : Role.valueOf(role),
                rs.getString("on_behalf_of"),
                payload,
                corrections ? rs.getObject("corrects", UUID.class) : null,
                corrections ? rs.getString("reason") : null);
    }
}
