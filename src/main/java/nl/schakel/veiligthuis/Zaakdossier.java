package nl.schakel.veiligthuis;

import java.util.List;
import java.util.UUID;
import nl.schakel.veiligthuis.domain.Dienstgeschiedenis;
import nl.schakel.veiligthuis.domain.Melder;
import nl.schakel.veiligthuis.domain.Veiligheidsvoorwaarden;
import nl.schakel.veiligthuis.domain.Voorwaardewijzigingen;
import org.jspecify.annotations.Nullable;

/**
 * The whole case as one document for Veilig Thuis staff: the case as its worker sees it, the services it went through,
 * the veiligheidsvoorwaarden with every version and every decision about them, and the melder only where allowed.
 *
 * @param melder the melder's identity, only for a role that may see the melder and only when the melder is not shielded
 *     from the family (rule 43); {@code null} otherwise
 */
public record Zaakdossier(
        ZaakView zaak, @Nullable Melder melder, Dienstgeschiedenis diensten, Veiligheidsvoorwaarden voorwaarden) {

    /** The proposed changes of a voorwaarde with their judgements, oldest first. */
    public List<Voorwaardewijzigingen.Wijziging> wijzigingen(UUID voorwaarde) {
        return Voorwaardewijzigingen.van(zaak.journal(), voorwaarde);
    }
}
