package nl.schakel.veiligthuis;

import java.time.LocalDate;
import java.util.List;
import nl.schakel.veiligthuis.domain.TerugkoppelingGegeven;
import org.jspecify.annotations.Nullable;

/**
 * A terugkoppeling as the worker fills it in. Whether Veilig Thuis started a follow-up follows from the besluit.
 *
 * @param melderHeeftRol whether the melder has a role in the follow-up; then the conditions and agreements that
 *     concern them are required (rule 41)
 * @param wijze how it was given, for a melder without a Schakel dossier (through Schakel otherwise)
 * @param datum when it was given, for a melder without a Schakel dossier
 */
public record TerugkoppelingInvoer(
        List<String> ontvangendePartijen,
        boolean melderHeeftRol,
        String voorwaardenEnAfspraken,
        String toelichting,
        TerugkoppelingGegeven.@Nullable Wijze wijze,
        @Nullable LocalDate datum) {

    @Override
    public String toString() {
        return "TerugkoppelingInvoer[***]";
    }
}
