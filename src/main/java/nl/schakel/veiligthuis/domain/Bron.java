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
    KETENPARTNERS
}
