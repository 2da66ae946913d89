package nl.schakel.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ChainVerificationTests {

    /** One stored row: what the verifier is fed. */
    private record Row(long seq, String prevHash, String hash, List<@Nullable String> fields) {

        Row withFields(List<@Nullable String> changed) {
            return new Row(seq, prevHash, hash, changed);
        }

        Row withSeq(long other) {
            return new Row(other, prevHash, hash, fields);
        }
    }

    /** A properly linked chain of {@code count} rows, seq 1..count, starting at {@code anchor}. */
    private static List<Row> chain(int count, String anchor) {
        List<Row> rows = new ArrayList<>();
        String previous = anchor;
        for (long seq = 1; seq <= count; seq++) {
            List<@Nullable String> fields = List.of("row-" + seq, "E", "GESLAAGD");
            String hash = HashChain.link(previous, fields);
            rows.add(new Row(seq, previous, hash, fields));
            previous = hash;
        }
        return rows;
    }

    private static ChainVerification.Result verify(List<Row> rows) {
        ChainVerification verification = ChainVerification.fromFirstRow();
        rows.forEach(row -> verification.accept(row.seq(), row.prevHash(), row.hash(), row.fields()));
        return verification.result();
    }

    @Test
    void findsAnIntactChainIntact() {
        ChainVerification.Result result = verify(chain(5, HashChain.GENESIS));

        assertThat(result.intact()).isTrue();
        assertThat(result.firstBrokenSeq()).isNull();
        assertThat(result.checked()).isEqualTo(5);
    }

    @Test
    void findsAnEmptyLogIntact() {
        ChainVerification.Result result = verify(List.of());

        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isZero();
    }

    @Test
    void reportsTheRowWithAChangedFieldAsFirstBrokenLink() {
        List<Row> rows = new ArrayList<>(chain(5, HashChain.GENESIS));
        rows.set(2, rows.get(2).withFields(List.of("row-3", "E", "GEWEIGERD")));

        ChainVerification.Result result = verify(rows);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSeq()).isEqualTo(3);
        assertThat(result.checked()).isEqualTo(5);
    }

    @Test
    void reportsAChangedFirstRow() {
        List<Row> rows = new ArrayList<>(chain(3, HashChain.GENESIS));
        rows.set(0, rows.get(0).withFields(List.of("row-1", "R", "GESLAAGD")));

        assertThat(verify(rows).firstBrokenSeq()).isEqualTo(1);
    }

    @Test
    void reportsAChangedLastRow() {
        List<Row> rows = new ArrayList<>(chain(3, HashChain.GENESIS));
        rows.set(2, rows.get(2).withFields(List.of("row-3", "E", "MISLUKT")));

        assertThat(verify(rows).firstBrokenSeq()).isEqualTo(3);
    }

    @Test
    void reportsARowWhoseHashWasRecomputedAfterAChangeAtTheNextRow() {
        // someone changes row 3 and fixes its own hash: the link from row 4 no longer holds
        List<Row> rows = new ArrayList<>(chain(5, HashChain.GENESIS));
        Row third = rows.get(2);
        List<@Nullable String> changed = List.of("row-3", "E", "GEWEIGERD");
        rows.set(2, new Row(3, third.prevHash(), HashChain.link(third.prevHash(), changed), changed));

        assertThat(verify(rows).firstBrokenSeq()).isEqualTo(4);
    }

    @Test
    void reportsTheRowAfterARemovedRow() {
        List<Row> rows = new ArrayList<>(chain(5, HashChain.GENESIS));
        rows.remove(2);

        ChainVerification.Result result = verify(rows);

        assertThat(result.firstBrokenSeq()).isEqualTo(4);
        assertThat(result.checked()).isEqualTo(4);
    }

    @Test
    void reportsReorderedRows() {
        List<Row> rows = new ArrayList<>(chain(5, HashChain.GENESIS));
        Row second = rows.get(1);
        Row third = rows.get(2);
        // swap the contents of seq 2 and 3, keeping the sequence numbers in order
        rows.set(1, third.withSeq(2));
        rows.set(2, second.withSeq(3));

        assertThat(verify(rows).firstBrokenSeq()).isEqualTo(2);
    }

    @Test
    void reportsAnInsertedRow() {
        List<Row> rows = new ArrayList<>(chain(4, HashChain.GENESIS));
        Row second = rows.get(1);
        List<@Nullable String> fields = List.of("forged", "E", "GESLAAGD");
        rows.add(2, new Row(25, second.hash(), HashChain.link(second.hash(), fields), fields));

        assertThat(verify(rows).firstBrokenSeq()).isEqualTo(3);
    }

    @Test
    void acceptsAnyAnchorForTheFirstRowSoPurgedRowsDoNotBreakTheChain() {
        List<Row> full = chain(6, HashChain.GENESIS);
        // rows 1 and 2 were purged after their retention: row 3's prev_hash is row 2's hash, not the genesis
        ChainVerification.Result result = verify(full.subList(2, 6));

        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isEqualTo(4);
    }

    @Test
    void stillChecksTheFirstRowsOwnHashWhateverItsAnchor() {
        List<Row> rows = new ArrayList<>(chain(3, "a".repeat(64)));
        rows.set(0, rows.get(0).withFields(List.of("row-1", "E", "GEWEIGERD")));

        assertThat(verify(rows).firstBrokenSeq()).isEqualTo(1);
    }

    @Test
    void keepsTheFirstBrokenLinkWhenMoreFollow() {
        List<Row> rows = new ArrayList<>(chain(6, HashChain.GENESIS));
        rows.set(1, rows.get(1).withFields(List.of("x", "E", "GESLAAGD")));
        rows.set(4, rows.get(4).withFields(List.of("y", "E", "GESLAAGD")));

        ChainVerification.Result result = verify(rows);

        assertThat(result.firstBrokenSeq()).isEqualTo(2);
        assertThat(result.checked()).isEqualTo(6);
    }

    private static ChainVerification.Result verifyFrom(long seq, String hash, List<Row> rows) {
        ChainVerification verification = ChainVerification.fromCheckpoint(seq, hash);
        rows.forEach(row -> verification.accept(row.seq(), row.prevHash(), row.hash(), row.fields()));
        return verification.result();
    }

    @Test
    void fromACheckpointChecksOnlyTheRowsFromItAndRemembersTheLast() {
        List<Row> rows = chain(6, HashChain.GENESIS);

        ChainVerification.Result result = verifyFrom(4, rows.get(3).hash(), rows.subList(3, 6));

        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isEqualTo(3);
        assertThat(result.lastSeq()).isEqualTo(6);
        assertThat(result.lastHash()).isEqualTo(rows.get(5).hash());
    }

    @Test
    void fromACheckpointReportsAChangedCheckpointRow() {
        List<Row> rows = new ArrayList<>(chain(6, HashChain.GENESIS));
        String verified = rows.get(3).hash();
        // changed and rehashed, and the rows after it rehashed too: only the checkpoint knows
        List<@Nullable String> changed = List.of("row-4", "E", "GEWEIGERD");
        String forged = HashChain.link(rows.get(3).prevHash(), changed);
        rows.set(3, new Row(4, rows.get(3).prevHash(), forged, changed));
        rows.set(
                4,
                new Row(
                        5,
                        forged,
                        HashChain.link(forged, rows.get(4).fields()),
                        rows.get(4).fields()));

        assertThat(verifyFrom(4, verified, rows.subList(3, 5)).firstBrokenSeq()).isEqualTo(4);
    }

    @Test
    void fromACheckpointReportsItsRemovedRow() {
        List<Row> rows = chain(6, HashChain.GENESIS);

        assertThat(verifyFrom(4, rows.get(3).hash(), rows.subList(4, 6)).firstBrokenSeq())
                .isEqualTo(4);
        assertThat(verifyFrom(6, rows.get(5).hash(), List.of()).firstBrokenSeq())
                .isEqualTo(6);
    }

    @Test
    void fromTheStartOfANewChainTheFirstRowMustLinkToTheGenesis() {
        List<Row> rows = chain(3, HashChain.GENESIS);

        assertThat(verifyFrom(0, HashChain.GENESIS, rows).intact()).isTrue();
        assertThat(verifyFrom(0, HashChain.GENESIS, chain(3, "a".repeat(64))).firstBrokenSeq())
                .isEqualTo(1);
        assertThat(verifyFrom(0, HashChain.GENESIS, List.of()).intact()).isTrue();
    }
}
