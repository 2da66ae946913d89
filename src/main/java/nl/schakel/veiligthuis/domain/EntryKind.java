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
    ACUUT_GEMARKEERD(AcuutGemarkeerd.class);

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
