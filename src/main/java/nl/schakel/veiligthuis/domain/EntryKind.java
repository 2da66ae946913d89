package nl.schakel.veiligthuis.domain;

/** The kinds of entry in a Veilig Thuis case's journal, each naming the record its payload is stored as. */
public enum EntryKind {
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
    AANVULLING(AanvullingOntvangen.class),
    /** A veiligheidsvoorwaarde set by Veilig Thuis (rule 40). */
    VOORWAARDE(Veiligheidsvoorwaarde.class),
    /** A proposed change of a veiligheidsvoorwaarde: a new decision that waits for a second person. */
    VOORWAARDE_WIJZIGING(VoorwaardeWijziging.class),
    /** The second person's judgement of a proposed change of a veiligheidsvoorwaarde. */
    VOORWAARDE_BEOORDEELD(VoorwaardeWijzigingBeoordeeld.class),
    /** The overdracht offered to one receiving party, with the risk factors and voorwaarden that travel with it. */
    OVERDRACHT_AANGEBODEN(OverdrachtAangeboden.class),
    /** A receiving party's answer to the overdracht: accepted, or declined with a reason. */
    OVERDRACHT_BEANTWOORD(OverdrachtBeantwoord.class);

    private final Class<? extends EntryPayload> type;

    EntryKind(Class<? extends EntryPayload> type) {
        this.type = type;
    }

    public Class<? extends EntryPayload> type() {
        return type;
    }

    /** The kind whose record the payload is. */
    public static EntryKind of(EntryPayload payload) {
        for (EntryKind kind : values()) {
            if (kind.type.isInstance(payload)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(
                "no entry kind for " + payload.getClass().getSimpleName());
    }
}
