package nl.schakel.dossier.domain;

import nl.schakel.shared.journal.JournalKinds;
import nl.schakel.shared.journal.JournalPayload;

/**
 * What one dossier journal entry records: a checked, immutable value of one {@link EntryKind}. Each kind is one record
 * type in this package, built by its own {@code of(...)} factory that refuses bad input with message keys; the journal
 * stores it as it is and never changes it. Sealed, so that a switch over the payloads (the API's contract records)
 * covers every kind.
 */
public sealed interface EntryPayload extends JournalPayload<EntryKind>
        permits Signaal,
                CollegialeConsultatie,
                Gesprek,
                Kindcheck,
                Mantelzorgcheck,
                MedewerkerRoute,
                DossierLink,
                Melding,
                Aanvulling,
                Terugkoppeling,
                OverdrachtOntvangen,
                OverdrachtAntwoord,
                VirSignaal,
                VirEinde,
                Deling,
                Afweging,
                Beslissing,
                Hulpplan,
                KaderKeuze,
                Afsluiting,
                BetrokkeneToegevoegd {

    /** The kind of entry this payload is: the one whose {@code payloadType()} is this payload's own class. */
    @Override
    default EntryKind kind() {
        return JournalKinds.of(EntryKind.class).kindOf(this);
    }
}
