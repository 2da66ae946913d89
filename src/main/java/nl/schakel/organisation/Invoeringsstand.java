package nl.schakel.organisation;

import java.time.LocalDate;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * What the organisation recorded for an implementation item.
 *
 * @param status the status the owner recorded; {@code null} for a minimum requirement, whose status is automatic
 * @param eigenaar the member who owns the item; {@code null} while nobody does
 * @param streefdatum when it should be done
 * @param toelichting the evidence as a note (what was done, where it is), or what is still to do
 */
public record Invoeringsstand(
        @Nullable InvoeringStatus status,
        @Nullable UserId eigenaar,
        @Nullable LocalDate streefdatum,
        @Nullable String toelichting) {

    /** An item nobody has recorded anything for yet. */
    public static Invoeringsstand nieuw(Invoeringspunt punt) {
        return new Invoeringsstand(punt.automatisch() ? null : InvoeringStatus.NIET_BEGONNEN, null, null, null);
    }
}
