package nl.schakel.veiligthuis.domain;

/** The sex of a directbetrokkene, as the CBS delivery asks it (rule 54); unknown when nobody could say. */
public enum Geslacht {
    MAN,
    VROUW,
    ANDERS,
    ONBEKEND
}
