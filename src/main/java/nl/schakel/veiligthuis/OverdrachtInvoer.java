package nl.schakel.veiligthuis;

import nl.schakel.veiligthuis.domain.Ontvanger;
import org.jspecify.annotations.Nullable;

/**
 * An overdracht as the worker offers it to one receiving party.
 *
 * @param soort the kind of party; {@code null} when not chosen
 * @param overname what the party is asked to take over
 */
public record OverdrachtInvoer(
        @Nullable Ontvanger soort, String naam, String organisatie, String contact, String overname) {

    @Override
    public String toString() {
        return "OverdrachtInvoer[" + soort + "]";
    }
}
