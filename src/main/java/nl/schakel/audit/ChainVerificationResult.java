package nl.schakel.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking the hash chain of the access log.
 *
 * @param checked how many rows were checked
 * @param firstBrokenSeq the sequence number of the first row whose link does not hold; {@code null} when the chain
 *     is whole
 */
public record ChainVerificationResult(
        long checked, @Nullable Long firstBrokenSeq) {

    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
