package nl.schakel.dossier;

import java.time.LocalDate;
import java.util.Set;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.VormVanGeweld;
import org.jspecify.annotations.Nullable;

/**
 * A signaal of step 1 as typed: checked by {@link DossierManagement}, which refuses it with message keys. The forms of
 * violence come as national categories ({@code vormen}), as detailed codes of the code list ({@code codes}, whose
 * categories are added), or both.
 */
public record NewSignaal(
        @Nullable LocalDate datum,
        String waarneming,
        @Nullable SignaalSoort soort,
        String bron,
        Set<VormVanGeweld> vormen,
        boolean disclosure,
        Set<String> codes) {

    public NewSignaal {
        codes = codes == null ? Set.of() : Set.copyOf(codes);
    }

    /** A signaal with national categories only. */
    public NewSignaal(
            @Nullable LocalDate datum,
            String waarneming,
            @Nullable SignaalSoort soort,
            String bron,
            Set<VormVanGeweld> vormen,
            boolean disclosure) {
        this(datum, waarneming, soort, bron, vormen, disclosure, Set.of());
    }

    @Override
    public String toString() {
        return "NewSignaal[***]";
    }
}
