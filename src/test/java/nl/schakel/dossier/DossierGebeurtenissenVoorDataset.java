package nl.schakel.dossier;

import java.util.List;
import nl.schakel.dossier.domain.EntryPayload;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.journal.Journal;
import nl.schakel.shared.journal.JournalEntry;

/**
 * Test sources only: what a new journal entry means for those who observe dossiers, decided where the facade decides
 * it ({@link DossierGebeurtenissen#van}), for the national data set (issue 14), which writes the events the facade
 * would have published straight into the read models of {@code reporting}.
 */
public final class DossierGebeurtenissenVoorDataset {

    private DossierGebeurtenissenVoorDataset() {}

    public static List<DossierGebeurtenis> van(
            TenantId tenant, Journal<EntryPayload> voor, JournalEntry<EntryPayload> entry) {
        return DossierGebeurtenissen.van(tenant, voor, entry);
    }
}
