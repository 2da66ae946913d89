package nl.schakel.organisation;

import java.util.EnumSet;
import java.util.Set;

/**
 * The meldprotocol's instruction for the kindcheck or the mantelzorgcheck (domain spec §1.4, F8; minimum requirement
 * "kind- en mantelzorgcheck"): what the professional asks and records, and at which moments.
 *
 * @param instructie what to ask and record; blank when the organisation gives no instruction (for the mantelzorgcheck:
 *     the organisation does not use it)
 * @param momenten when the check is done
 */
public record Checkinstructie(String instructie, Set<Moment> momenten) {

    public Checkinstructie {
        momenten = momenten.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(momenten));
    }

    /** Whether the organisation gives an instruction for this check. */
    public boolean gegeven() {
        return !instructie.isBlank();
    }

    /** The moments of the kindcheck in the sources: at intake, at evaluation, at a multidisciplinary meeting, and at
     * an interim concern (domain spec §1.4, [S21]). */
    public enum Moment {
        INTAKE,
        EVALUATIE,
        MDO,
        TUSSENTIJDSE_ZORG
    }
}
