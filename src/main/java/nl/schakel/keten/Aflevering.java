package nl.schakel.keten;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Whether a sent melding has reached its Veilig Thuis region, for the professional who sent it: delivered, or still on
 * its way to a federated region's instance (Schakel keeps trying). Holds no content and no error text.
 *
 * @param afgeleverd the region has it
 * @param pogingen how often delivery to a federated region was tried (0 for a region served here)
 * @param afgeleverdOp when a federated region acknowledged it; {@code null} for a region served here or while on its way
 * @param mislukt the last attempt failed (the region's instance could not be reached or refused)
 */
public record Aflevering(
        boolean afgeleverd, int pogingen, @Nullable Instant afgeleverdOp, boolean mislukt) {

    /** Delivered in-process, to a region served by this instance, in the transaction that sent it. */
    public static final Aflevering HIER = new Aflevering(true, 0, null, false);
}
