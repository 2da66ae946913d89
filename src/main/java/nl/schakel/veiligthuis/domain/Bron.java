package nl.schakel.veiligthuis.domain;

/** A source consulted in phase 1 of the veiligheidsbeoordeling, verrijking (spec §3.3), in checklist order. */
public enum Bron {
    MELDING,
    EIGEN_REGISTRATIE,
    VT_REGISTER,
    GEZAGSREGISTER,
    RAAD_VOOR_DE_KINDERBESCHERMING,
    VERWIJSINDEX,
    POLITIE_OM,
    KETENPARTNERS;

    /** Whether a worker records this source by hand; the VT-register is filled by Schakel from the register. */
    public boolean handmatig() {
        return this != VT_REGISTER;
    }
}
