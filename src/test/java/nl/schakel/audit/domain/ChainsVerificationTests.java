package nl.schakel.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ChainsVerificationTests {

    /** Rows of two chains interleaved in seq order: chain 0 at odd, chain 1 at even sequence numbers. */
    private static final class Log {
        final String[] last = {HashChain.GENESIS, HashChain.GENESIS};
        final java.util.ArrayList<Object[]> rows = new java.util.ArrayList<>();

        Log(int count) {
            for (long seq = 1; seq <= count; seq++) {
                int chain = (int) ((seq + 1) % 2);
                List<@Nullable String> fields = List.of("row-" + seq);
                String hash = HashChain.link(last[chain], fields);
                rows.add(new Object[] {chain, seq, last[chain], hash, fields});
                last[chain] = hash;
            }
        }

        String hash(long seq) {
            return (String) rows.get((int) seq - 1)[3];
        }

        @SuppressWarnings("unchecked")
        ChainsVerification.Result verify(ChainsVerification verification) {
            for (Object[] row : rows) {
                verification.accept(
                        (int) row[0], (long) row[1], (String) row[2], (String) row[3], (List<@Nullable String>) row[4]);
            }
            return verification.result();
        }
    }

    @Test
    void checksEachChainOnItsOwnAndProposesACheckpointPerChain() {
        Log log = new Log(10);

        ChainsVerification.Result result = log.verify(new ChainsVerification());

        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isEqualTo(10);
        assertThat(result.checkpoints())
                .containsExactly(
                        new ChainsVerification.Checkpoint(0, 9, log.hash(9), 5),
                        new ChainsVerification.Checkpoint(1, 10, log.hash(10), 5));
    }

    @Test
    void startsEachChainAtItsCheckpointAndSkipsWhatCameBefore() {
        Log log = new Log(10);
        ChainsVerification verification = new ChainsVerification();
        verification.startAt(0, 7, log.hash(7));
        verification.startAt(1, 10, log.hash(10));
        log.rows.set(0, new Object[] {0, 1L, HashChain.GENESIS, log.hash(1), List.of("changed before the checkpoint")});

        ChainsVerification.Result result = log.verify(verification);

        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).as("rows 7, 9 and 10").isEqualTo(3);
        assertThat(result.checkpoints())
                .as("only chain 0 grew")
                .containsExactly(new ChainsVerification.Checkpoint(0, 9, log.hash(9), 2));
    }

    @Test
    void reportsTheLowestBrokenRowOfAnyChainAndProposesNoCheckpoint() {
        Log log = new Log(10);
        log.rows.set(5, new Object[] {1, 6L, log.rows.get(5)[2], log.hash(6), List.of("changed")});
        log.rows.set(8, new Object[] {0, 9L, log.rows.get(8)[2], log.hash(9), List.of("changed")});

        ChainsVerification.Result result = log.verify(new ChainsVerification());

        assertThat(result.firstBrokenSeq()).isEqualTo(6);
        assertThat(result.checkpoints()).isEmpty();
    }

    @Test
    void readsFromTheOldestCheckpointOfTheChainsInUse() {
        assertThat(ChainsVerification.readFrom(Map.of(0, 40L, 1, 35L), List.of(0, 1)))
                .isEqualTo(35);
        assertThat(ChainsVerification.readFrom(Map.of(0, 40L), List.of(0, 1)))
                .as("a chain without a checkpoint from the start")
                .isZero();
        assertThat(ChainsVerification.readFrom(Map.of(), List.of())).isZero();
    }

    @Test
    void aChainWhoseStoredHeadNoRowCarriesIsBrokenBecauseItsNewestRowsWereRemoved() {
        Log log = new Log(10);
        ChainsVerification whole = new ChainsVerification();
        whole.heads(Map.of(0, log.last[0], 1, log.last[1]));
        assertThat(log.verify(whole).intact()).isTrue();

        log.rows.removeLast(); // chain 1's newest row, seq 10
        ChainsVerification cut = new ChainsVerification();
        cut.heads(Map.of(0, log.last[0], 1, log.last[1]));
        ChainsVerification.Result result = log.verify(cut);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(8L);
        assertThat(result.checkpoints()).isEmpty();
    }

    @Test
    void aRowOnAChainThatIsNotStoredIsBrokenEvenWhenItLinksToItself() {
        Log log = new Log(6);
        List<@Nullable String> fields = List.of("made up");
        log.rows.add(new Object[] {42, 7L, HashChain.GENESIS, HashChain.link(HashChain.GENESIS, fields), fields});
        ChainsVerification verification = new ChainsVerification();
        verification.heads(Map.of(0, log.last[0], 1, log.last[1]));

        ChainsVerification.Result result = log.verify(verification);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(7L);
    }

    @Test
    void aHeadThatIsTheCheckpointOrTheGenesisHashNeedsNoNewRow() {
        Log log = new Log(10);
        ChainsVerification verification = new ChainsVerification();
        verification.startAt(0, 9, log.hash(9));
        verification.startAt(1, 10, log.hash(10));
        verification.heads(Map.of(0, log.hash(9), 1, log.hash(10), 2, HashChain.GENESIS));

        assertThat(log.verify(verification).intact()).isTrue();
    }
}
