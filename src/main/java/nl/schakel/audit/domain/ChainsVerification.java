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
 *
 * <p>When the chains' stored heads are given ({@link #heads}), a row on a chain that is not one of them is broken (a row
 * inserted on a made-up chain would otherwise verify on its own), and so is a chain whose stored head no row carries:
 * its newest rows were removed.
 */
public final class ChainsVerification {

    private final Map<Integer, ChainVerification> chains = new TreeMap<>();
    private final Map<Integer, Long> start = new HashMap<>();
    private @Nullable Map<Integer, String> heads;
    private final Map<Integer, Boolean> headSeen = new HashMap<>();
    private final Map<Integer, Long> lastSeen = new HashMap<>();
    private @Nullable Long unknownChainSeq;

    /**
     * The chains there are and the last hash stored for each ({@code audit.access_log_chain}), read before the rows:
     * rows appended after that read come after the head, so each head must be the hash of a row read, or the genesis
     * hash or a checkpoint's hash when nothing was appended to the chain since.
     */
    public void heads(Map<Integer, String> storedHeads) {
        this.heads = Map.copyOf(storedHeads);
    }

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
        if (heads != null && !heads.containsKey(chain)) {
            if (unknownChainSeq == null) {
                unknownChainSeq = seq;
            }
            return;
        }
        Long from = start.get(chain);
        if (from != null && seq < from) {
            return;
        }
        lastSeen.put(chain, seq);
        if (heads != null && hash.equals(heads.get(chain))) {
            headSeen.put(chain, true);
        }
        chains.computeIfAbsent(chain, c -> ChainVerification.fromFirstRow()).accept(seq, prevHash, hash, fields);
    }

    public Result result() {
        long checked = 0;
        Long firstBroken = null;
        List<Checkpoint> checkpoints = new ArrayList<>();
        if (unknownChainSeq != null) {
            firstBroken = unknownChainSeq;
        }
        if (heads != null) {
            for (Map.Entry<Integer, String> head : heads.entrySet()) {
                Long missing = missingHead(head.getKey(), head.getValue());
                if (missing != null) {
                    firstBroken = firstBroken == null ? missing : Math.min(firstBroken, missing);
                }
            }
        }
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

    /**
     * Where a chain whose stored head no row read carries breaks: after its last row read (or at its checkpoint, or at
     * 0 when none was read); {@code null} when the head is there, or is the genesis or checkpoint hash.
     */
    private @Nullable Long missingHead(int chain, String head) {
        if (headSeen.containsKey(chain) || HashChain.GENESIS.equals(head)) {
            return null;
        }
        ChainVerification verification = chains.get(chain);
        if (verification != null && head.equals(verification.startHash())) {
            return null;
        }
        Long last = lastSeen.get(chain);
        return last != null ? last : start.getOrDefault(chain, 0L);
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
