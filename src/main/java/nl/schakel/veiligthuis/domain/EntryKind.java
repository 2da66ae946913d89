package nl.schakel.veiligthuis.domain;

import nl.schakel.shared.journal.JournalKind;

/**
 * The kinds of entry in a Veilig Thuis case's journal, each naming the record its payload is stored as (the registry of
 * the shared journal, {@link nl.schakel.shared.journal.JournalKinds}). A new kind is a new constant here and a new
 * record permitted by {@link EntryPayload}.
 */
public enum EntryKind implements JournalKind {
    INTAKE(IntakeVastgelegd.class),
    EERSTE_CONTACT(EersteContact.class),
    VEILIGHEIDSCHECK(Veiligheidscheck.class),
    ADVIES_AFGEROND(AdviesAfgerond.class),
    MELDER_INGEZIEN(MelderIngezien.class),
    VERRIJKING(Verrijking.class),
    TAXATIE(Taxatie.class),
    RISICOFACTOR(Risicofactor.class),
    BESLUIT_VOORGESTELD(BesluitVoorgesteld.class),
    BESLUIT_BEOORDEELD(BesluitBeoordeeld.class),
    TERUGKOPPELING(TerugkoppelingGegeven.class),
    ACUUT_GEMARKEERD(AcuutGemarkeerd.class),
    /** The melding from a Schakel dossier in its structure, written on arrival right after the intake. */
    MELDING_UIT_DOSSIER(DossierMelding.class),
    /** An aanvulling to that melding, arrived later on the same case (ADR-0019). */
    AANVULLING(AanvullingOntvangen.class);

    private final Class<? extends EntryPayload> payloadType;

    EntryKind(Class<? extends EntryPayload> payloadType) {
        this.payloadType = payloadType;
    }

    @Override
    public Class<? extends EntryPayload> payloadType() {
        return payloadType;
    }
}
