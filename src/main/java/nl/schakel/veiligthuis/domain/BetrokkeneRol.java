package nl.schakel.veiligthuis.domain;

/** The role of a directbetrokkene in what was reported. */
public enum BetrokkeneRol {
    SLACHTOFFER,
    VERMOEDELIJKE_PLEGER,
    GETUIGE,
    KIND_IN_HUISHOUDEN,
    /** Not known yet: a person of a melding from a dossier, whose role the dossier does not record. */
    NOG_ONBEKEND
}
