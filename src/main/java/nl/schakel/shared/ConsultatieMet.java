package nl.schakel.shared;

/** With whom a collegiale consultatie of step 2 was held. */
public enum ConsultatieMet {
    COLLEGA,
    AANDACHTSFUNCTIONARIS,
    VEILIG_THUIS_ADVIES,
    LETSELDUIDING,
    DESKUNDIGE;

    /** Whether the person consulted must be named: advice from Veilig Thuis may be asked anonymously. */
    public boolean needsName() {
        return this != VEILIG_THUIS_ADVIES;
    }
}
