package nl.schakel.veiligthuis.domain;

import java.util.Optional;

/**
 * How a person of another case was recognised as the same person in the own-records search (verrijking): by BSN, or,
 * when either has no BSN, by name and date of birth.
 */
public enum Overeenkomst {
    BSN,
    NAAM_GEBOORTEDATUM;

    /** How the two are the same person, or empty when they are not (two different BSNs are never the same person). */
    public static Optional<Overeenkomst> tussen(Directbetrokkene hier, Directbetrokkene daar) {
        if (hier.bsn() != null && daar.bsn() != null) {
            return hier.bsn().equals(daar.bsn()) ? Optional.of(BSN) : Optional.empty();
        }
        return hier.zelfdePersoon(daar.bsn(), daar.naam(), daar.geboortedatum())
                ? Optional.of(NAAM_GEBOORTEDATUM)
                : Optional.empty();
    }
}
