package nl.schakel.audit.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Checks all hash chains of the access log in one pass over the rows in {@code seq} order: each row goes to the
 * {@link ChainVerification} of its chain. Chains with a verified checkpoint start there (rows before it are skipped);
 * the others from their first row. Afterwards it tells which new checkpoints an intact check may write.
 */
public final class ChainsVerification {

    private final Map<Integer, ChainVerification> chains = new TreeMap<>();
    private final Map<Integer, Long> start = new HashMap<>();

    /** Starts {@code chain} at a verified checkpoint: row {@code seq} had {@code hash}. */
    public void startAt(int chain, long seq, String hash) {
        chains.put(chain, ChainVerification.fromCheckpoint(seq, hash));
        start.put(chain, seq);
    }

    /** The lowest {@code seq} the rows must be read from: every chain's rows from there on are needed. */
    public static long readFrom(Map<Integer, Long> checkpointSeqs, Iterable<Integer> chains) {
        long from = Long.MAX_VALUE;
        for (Integer chain : chains) {
            from = Math.min(from, checkpointSeqs.getOrDefault(chain, 0L));
        }
        return from == Long.MAX_VALUE ? 0 : from;
    }

    public void accept(int chain, long seq, String prevHash, String hash, List<@Nullable String> fields) {
        Long from = start.get(chain);
        if (from != null && seq < from) {
            return;
        }
        chains.computeIfAbsent(chain, c -> ChainVerification.fromFirstRow()).accept(seq, prevHash, hash, fields);
    }

    public Result result() {
        long checked = 0;
        Long firstBroken = null;
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (Map.Entry<Integer, ChainVerification> chain : chains.entrySet()) {
            ChainVerification.Result result = chain.getValue().result();
            checked += result.checked();
            if (!result.intact()) {
                firstBroken =
                        firstBroken == null ? result.firstBrokenSeq() : Math.min(firstBroken, result.firstBrokenSeq());
            }
            Long from = start.get(chain.getKey());
            if (result.lastSeq() != null && result.lastHash() != null && (from == null || result.lastSeq() > from)) {
                checkpoints.add(new Checkpoint(chain.getKey(), result.lastSeq(), result.lastHash(), result.checked()));
            }
        }
        return new Result(checked, firstBroken, firstBroken == null ? checkpoints : List.of());
    }

    /** A row verified as the last of its chain so far: the next check may start there. */
    public record Checkpoint(int chain, long seq, String hash, long checked) {}

    /**
     * @param firstBrokenSeq the lowest sequence number of a broken link in any chain; {@code null} when all are whole
     * @param checkpoints the checkpoints to write when all chains are whole (empty otherwise)
     */
    public record Result(long checked, @Nullable Long firstBrokenSeq, List<Checkpoint> checkpoints) {
        public boolean intact() {
            return firstBrokenSeq == null;
        }
    }
}
