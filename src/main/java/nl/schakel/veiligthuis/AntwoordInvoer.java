package nl.schakel.veiligthuis;

import java.time.LocalDate;
import nl.schakel.veiligthuis.domain.OverdrachtBeantwoord;
import org.jspecify.annotations.Nullable;

/**
 * A receiving party's answer as the worker records it.
 *
 * @param aanvaard {@code null} when not chosen
 * @param reden why the party declined
 * @param door who answered for the party
 * @param datum when the party answered
 * @param wijze how the answer reached Veilig Thuis
 */
public record AntwoordInvoer(
        @Nullable Boolean aanvaard,
        String reden,
        String door,
        @Nullable LocalDate datum,
        OverdrachtBeantwoord.@Nullable Wijze wijze) {

    @Override
    public String toString() {
        return "AntwoordInvoer[***]";
    }
}
