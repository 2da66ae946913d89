package nl.schakel.veiligthuis;

import java.time.LocalDate;
import java.util.List;
import nl.schakel.veiligthuis.domain.OnderzoekRapport;
import org.jspecify.annotations.Nullable;

/**
 * The report of an onderzoek as the worker fills it in; {@link nl.schakel.veiligthuis.domain.OnderzoekRapport#of}
 * checks it.
 *
 * @param bevindingen per form of violence, the outcome (or none when not investigated) and its reasoning
 * @param informatieOpgevraagd where and from whom information was requested, one per line
 * @param geinformeerd whether the directbetrokkenen were told; {@code null} when not answered
 * @param voortijdig whether the onderzoek ended early; {@code null} when not answered
 */
public record OnderzoekInvoer(
        List<OnderzoekRapport.BevindingInvoer> bevindingen,
        List<String> informatieOpgevraagd,
        @Nullable Boolean geinformeerd,
        @Nullable LocalDate geinformeerdOp,
        String nietGeinformeerdReden,
        @Nullable Boolean voortijdig,
        String voortijdigReden,
        String conclusie) {

    public OnderzoekInvoer {
        bevindingen = List.copyOf(bevindingen);
        informatieOpgevraagd = List.copyOf(informatieOpgevraagd);
    }

    @Override
    public String toString() {
        return "OnderzoekInvoer[***]";
    }
}
