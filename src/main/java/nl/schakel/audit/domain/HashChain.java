package nl.schakel.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Links access-log rows: each row's hash is SHA-256 over the previous row's hash and the row's own fields, so a
 * changed, removed or inserted row breaks every link after it.
 */
public final class HashChain {

    /** The {@code prev_hash} of the very first row. */
    public static final String GENESIS = "0".repeat(64);

    private HashChain() {}

    /** The hash of a row whose fields, in their fixed order, are {@code fields}. Null fields hash as empty. */
    public static String link(String previousHash, List<@Nullable String> fields) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previousHash.getBytes(StandardCharsets.UTF_8));
            for (String field : fields) {
                byte[] bytes = Objects.requireNonNullElse(field, "").getBytes(StandardCharsets.UTF_8);
                // length-prefix each field so that ("ab","c") and ("a","bc") hash differently
                digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
