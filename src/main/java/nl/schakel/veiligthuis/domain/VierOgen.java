package nl.schakel.veiligthuis.domain;

import java.util.Optional;
import nl.schakel.shared.Role;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * Four eyes on the besluit after the veiligheidsbeoordeling (issue 4) and on a change of a veiligheidsvoorwaarde
 * (rule 40): a proposal takes effect only when a second person approves it, and that person is a gedragswetenschapper
 * who did not propose it.
 */
public final class VierOgen {

    private VierOgen() {}

    /**
     * Why this person may not judge the proposal, as a message key; empty when they may.
     *
     * @param voorsteller who proposed the besluit
     * @param beoordelaar who wants to approve or reject it
     * @param rol the role in which they act
     */
    public static Optional<String> bezwaar(UserId voorsteller, UserId beoordelaar, @Nullable Role rol) {
        return bezwaar(voorsteller, beoordelaar, rol, "vb");
    }

    /**
     * As {@link #bezwaar(UserId, UserId, Role)}, with the messages of what is judged: the key is {@code
     * <prefix>.fout.geengedragswetenschapper} or {@code <prefix>.fout.eigenvoorstel} ("vb" for a besluit,
     * "voorwaarde" for a change of a veiligheidsvoorwaarde).
     */
    public static Optional<String> bezwaar(UserId voorsteller, UserId beoordelaar, @Nullable Role rol, String prefix) {
        if (rol != Role.GEDRAGSWETENSCHAPPER) {
            return Optional.of(prefix + ".fout.geengedragswetenschapper");
        }
        if (voorsteller.equals(beoordelaar)) {
            return Optional.of(prefix + ".fout.eigenvoorstel");
        }
        return Optional.empty();
    }

    /** Whether this person may judge the proposal. */
    public static boolean magBeoordelen(UserId voorsteller, UserId beoordelaar, @Nullable Role rol) {
        return bezwaar(voorsteller, beoordelaar, rol).isEmpty();
    }
}
