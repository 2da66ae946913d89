package nl.schakel.audit.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Walks the rows of one hash chain of the access log in order and remembers the first broken link. Feed it every row
 * of the chain. From the start ({@link #fromFirstRow()}) the first row's {@code prev_hash} is accepted as the anchor
 * (older rows may have been purged after their retention); from a verified checkpoint ({@link #fromCheckpoint}) the
 * first row must be the checkpoint's row with the checkpoint's hash, so changing or removing that row shows too.
 */
public final class ChainVerification {

    private @Nullable String expectedPrevious;
    private @Nullable Long checkpointSeq;
    private @Nullable String checkpointHash;
    private long checked;
    private @Nullable Long firstBrokenSeq;
    private @Nullable Long lastSeq;
    private @Nullable String lastHash;
    private @Nullable String startHash;

    private ChainVerification() {}

    /** Checks a chain from its first remaining row. */
    public static ChainVerification fromFirstRow() {
        return new ChainVerification();
    }

    /**
     * Checks a chain from a checkpoint: the row {@code seq} was verified with hash {@code hash}. A checkpoint with the
     * {@link HashChain#GENESIS} hash marks where a new chain starts: its first row must link to the genesis hash.
     */
    public static ChainVerification fromCheckpoint(long seq, String hash) {
        ChainVerification verification = new ChainVerification();
        verification.startHash = hash;
        if (HashChain.GENESIS.equals(hash)) {
            verification.expectedPrevious = hash;
        } else {
            verification.checkpointSeq = seq;
            verification.checkpointHash = hash;
        }
        return verification;
    }

    public void accept(long seq, String prevHash, String hash, List<@Nullable String> fields) {
        checked++;
        lastSeq = seq;
        lastHash = hash;
        if (firstBrokenSeq != null) {
            return;
        }
        boolean linked;
        if (checkpointSeq != null) {
            linked = checkpointSeq == seq && hash.equals(checkpointHash);
            if (!linked) {
                firstBrokenSeq = Math.min(seq, checkpointSeq);
            }
            checkpointSeq = null;
        } else {
            linked = expectedPrevious == null || expectedPrevious.equals(prevHash);
        }
        boolean intact = HashChain.link(prevHash, fields).equals(hash);
        if ((!linked || !intact) && firstBrokenSeq == null) {
            firstBrokenSeq = seq;
        }
        expectedPrevious = hash;
    }

    /** The hash of the checkpoint this check started from, {@code null} when it started at the first row. */
    public @Nullable String startHash() {
        return startHash;
    }

    public Result result() {
        // the checkpoint's row itself is gone
        Long broken = firstBrokenSeq != null ? firstBrokenSeq : checkpointSeq;
        return new Result(checked, broken, lastSeq, lastHash);
    }

    /**
     * @param firstBrokenSeq the sequence number of the first row whose link does not hold; {@code null} when the
     *     chain is whole
     * @param lastSeq the last row seen, {@code null} when none
     * @param lastHash its hash
     */
    public record Result(
            long checked,
            @Nullable Long firstBrokenSeq,
            @Nullable Long lastSeq,
            @Nullable String lastHash) {
        public boolean intact() {
            return firstBrokenSeq == null;
        }
    }
}
