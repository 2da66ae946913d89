package nl.schakel.nationaal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The rows of one table in PostgreSQL's COPY text format, sent in batches; without a connection it only counts and
 * digests them (a dry run that proves the same seed gives the same rows). The digest is SHA-256 of the text sent.
 */
final class Kopie implements AutoCloseable {

    private final @Nullable CopyManager copy;
    private final String sql;
    private final int batch;
    private final StringBuilder text = new StringBuilder(1 << 20);
    private final MessageDigest digest;
    private int inBatch;
    private long rijen;

    Kopie(@Nullable Connection connection, String tabel, String kolommen, int batch) {
        try {
            this.copy = connection == null
                    ? null
                    : connection.unwrap(PGConnection.class).getCopyAPI();
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (SQLException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        this.sql = "COPY " + tabel + " (" + kolommen + ") FROM STDIN";
        this.batch = batch;
    }

    /** One row: the values in the order of the columns; {@code null} is SQL NULL. */
    Kopie rij(@Nullable Object... waarden) {
        for (int i = 0; i < waarden.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            veld(waarden[i]);
        }
        text.append('\n');
        rijen++;
        if (++inBatch >= batch) {
            flush();
        }
        return this;
    }

    long rijen() {
        return rijen;
    }

    /** The SHA-256 of every row written so far, as hex. */
    String digest() {
        flush();
        try {
            return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void veld(@Nullable Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        if (value instanceof Boolean b) {
            text.append(b ? 't' : 'f');
            return;
        }
        if (value instanceof Number
                || value instanceof java.util.UUID
                || value instanceof java.time.temporal.Temporal) {
            text.append(value); // never a character COPY escapes
            return;
        }
        nl.schakel.audit.AccessLogCopy.field(text, value);
    }

    private void flush() {
        if (text.isEmpty()) {
            return;
        }
        String s = text.toString();
        digest.update(s.getBytes(StandardCharsets.UTF_8));
        if (copy != null) {
            try {
                copy.copyIn(sql, new StringReader(s));
            } catch (SQLException e) {
                throw new IllegalStateException("COPY into " + sql + " failed", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        text.setLength(0);
        inBatch = 0;
    }

    @Override
    public void close() {
        flush();
    }
}
