package nl.schakel.veiligthuis;

import java.util.List;
import nl.schakel.veiligthuis.domain.Overeenkomst;

/**
 * An earlier (or parallel) case of the same region about one or more of this case's directbetrokkenen, as the
 * own-records search of the verrijking finds it: melding or advies, with which person matched and how.
 *
 * @param zaak the other case's row (date received, soort, status, classificatie, besluit)
 * @param personen which of this case's directbetrokkenen was found there, and how
 */
public record EerdereBetrokkenheid(Zaak zaak, List<Persoon> personen) {

    public EerdereBetrokkenheid {
        personen = List.copyOf(personen);
    }

    /** A directbetrokkene of this case, found in the other case by BSN or by name and date of birth. */
    public record Persoon(String naam, Overeenkomst hoe) {

        @Override
        public String toString() {
            return "Persoon[" + hoe + "]";
        }
    }
}
