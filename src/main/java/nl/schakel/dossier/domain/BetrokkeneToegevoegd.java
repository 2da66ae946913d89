package nl.schakel.dossier.domain;

import java.util.UUID;
import nl.schakel.shared.Relatie;

/**
 * A betrokkene added to a dossier after it was opened: who (the betrokkene's id, name and relation; the full record,
 * with date of birth and BSN, is in the dossier's betrokkenen), so the journal shows who added whom and when.
 */
public record BetrokkeneToegevoegd(UUID betrokkeneId, String naam, Relatie relatie) implements EntryPayload {

    /** The entry for a betrokkene just checked by {@link Betrokkene#of}. */
    public static BetrokkeneToegevoegd of(Betrokkene betrokkene) {
        return new BetrokkeneToegevoegd(betrokkene.id(), betrokkene.naam(), betrokkene.relatie());
    }

    @Override
    public String toString() {
        return "BetrokkeneToegevoegd[" + relatie + "]";
    }
}
