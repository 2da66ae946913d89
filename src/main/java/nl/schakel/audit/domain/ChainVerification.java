package nl.schakel.audit.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Walks the rows of the access log in order and remembers the first broken link. Feed it every row; the first
 * row's {@code prev_hash} is accepted as the anchor (older rows may have been purged after their retention).
 */
public final class ChainVerification {

    private @Nullable String expectedPrevious;
    private long checked;
    private @Nullable Long firstBrokenSeq;

    public void accept(long seq, String prevHash, String hash, List<@Nullable String> fields) {
        checked++;
        if (firstBrokenSeq != null) {
            return;
        }
        boolean linked = expectedPrevious == null || expectedPrevious.equals(prevHash);
        boolean intact = HashChain.link(prevHash, fields).equals(hash);
        if (!linked || !intact) {
            firstBrokenSeq = seq;
        }
        expectedPrevious = hash;
    }

    public Result result() {
        return new Result(checked, firstBrokenSeq);
    }

    /**
     * @param firstBrokenSeq the sequence number of the first row whose link does not hold; {@code null} when the
     *     chain is whole
     */
    public record Result(long checked, @Nullable Long firstBrokenSeq) {
        public boolean intact() {
            return firstBrokenSeq == null;
        }
    }
}
