package nl.schakel.veiligthuis.domain;

import nl.schakel.shared.journal.JournalKinds;
import nl.schakel.shared.journal.JournalPayload;

/**
 * What one journal entry of a Veilig Thuis case records: a typed, immutable record, stored as JSON with its
 * {@link EntryKind}. Its {@code toString()} reveals no personal data. Sealed, so that a switch over the payloads covers
 * every kind: a new payload record is added here and in {@link EntryKind}.
 */
public sealed interface EntryPayload extends JournalPayload<EntryKind>
        permits IntakeVastgelegd,
                EersteContact,
                Veiligheidscheck,
                AdviesAfgerond,
                MelderIngezien,
                Verrijking,
                Taxatie,
                Risicofactor,
                BesluitVoorgesteld,
                BesluitBeoordeeld,
                TerugkoppelingGegeven,
                AcuutGemarkeerd,
                DossierMelding,
                AanvullingOntvangen,
                Veiligheidsvoorwaarde,
                VoorwaardeWijziging,
                VoorwaardeWijzigingBeoordeeld,
                Afspraak,
                OnderzoekRapport,
                OnderzoekAfgerond,
                VerzoekRaad,
                AntwoordRaad,
                Monitoringsmoment,
                MonitoringGepland,
                StabieleVeiligheidVoorgesteld,
                StabieleVeiligheidBeoordeeld,
                VervolgmeldingOntvangen,
                NieuweVeiligheidsbeoordelingGestart,
                OverdrachtAangeboden,
                OverdrachtBeantwoord,
                RegisterMatchGemeld {

    /** The kind of entry this payload is: the one whose {@code payloadType()} is this payload's own class. */
    @Override
    default EntryKind kind() {
        return JournalKinds.of(EntryKind.class).kindOf(this);
    }
}
