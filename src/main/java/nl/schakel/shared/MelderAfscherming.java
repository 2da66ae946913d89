package nl.schakel.shared;

import org.jspecify.annotations.Nullable;

/**
 * Whether the melder's identity is shielded from the family (spec rule 43): one rule for every place a melding is
 * made, the dossier's melding form and API, and Veilig Thuis's own intake form and API. A rule shared by design, like
 * the working-day calendar, because the melder's side and the region's side must never apply two different defaults.
 *
 * <ul>
 *   <li>When the client was not told of the melding (for safety reasons, rule 17), the melder is shielded, unless they
 *       choose otherwise: telling the family who made it would tell them what the client was not told.
 *   <li>When the client was told, the melder is not shielded, unless they ask to be.
 *   <li>When nobody knows whether the client was told, the melder is shielded, unless they choose otherwise.
 * </ul>
 */
public final class MelderAfscherming {

    private MelderAfscherming() {}

    /**
     * @param clientGeinformeerd whether the client was told of the melding; {@code null} when that is not known
     * @param keuze the melder's own choice, {@code null} when they made none
     * @return whether the melder is shielded from the family
     */
    public static boolean afgeschermd(@Nullable Boolean clientGeinformeerd, @Nullable Boolean keuze) {
        if (keuze != null) {
            return keuze;
        }
        return !Boolean.TRUE.equals(clientGeinformeerd);
    }
}
