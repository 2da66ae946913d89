package nl.schakel.veiligthuis;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.schakel.shared.VormVanGeweld;
import nl.schakel.veiligthuis.domain.Besluit;
import nl.schakel.veiligthuis.domain.Directbetrokkene;
import nl.schakel.veiligthuis.domain.ZaakSoort;
import nl.schakel.veiligthuis.domain.ZaakStatus;
import org.jspecify.annotations.Nullable;

/**
 * What Veilig Thuis recorded about a family, as the family may read it: the directbetrokkenen, when the contact was
 * received, the forms of violence, the status and the besluit. Never the melder's identity when it is shielded, never
 * the melding as it came from a dossier and never the first contact with the melder (they identify the melder).
 *
 * @param melderNaam the melder's name, only when the melder is known and not shielded
 * @param melderOrganisatie the melder's organisation, only when the melder is known and not shielded
 */
public record Gezinsoverzicht(
        ZaakSoort soort,
        Instant ontvangenOp,
        List<Directbetrokkene> betrokkenen,
        Set<VormVanGeweld> vormen,
        ZaakStatus status,
        @Nullable Besluit besluit,
        @Nullable String melderNaam,
        @Nullable String melderOrganisatie) {

    public Gezinsoverzicht {
        betrokkenen = List.copyOf(betrokkenen);
        vormen = Set.copyOf(vormen);
    }

    /** Whether the overview names the melder; otherwise it says the melder stays unknown. */
    public boolean melderBekend() {
        return melderNaam != null;
    }

    @Override
    public String toString() {
        return "Gezinsoverzicht[" + soort + "]";
    }
}
