package nl.schakel.dossier;

import java.time.LocalDate;
import java.util.Set;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.VormVanGeweld;
import org.jspecify.annotations.Nullable;

/** A signaal of step 1 as typed: checked by {@link DossierManagement}, which refuses it with message keys. */
public record NewSignaal(
        @Nullable LocalDate datum,
        String waarneming,
        @Nullable SignaalSoort soort,
        String bron,
        Set<VormVanGeweld> vormen,
        boolean disclosure) {

    @Override
    public String toString() {
        return "NewSignaal[***]";
    }
}
