package nl.schakel.register;

/**
 * What a pseudonym in the VT-register was made from, by the region (domain spec §3.8). The register never sees what
 * is behind it.
 */
public enum Soort {
    /** The person's BSN: a match on it is certain. */
    BSN,
    /** The normalised name and date of birth of a person without a known BSN: a match on it is possible, to check. */
    NAAM_GEBOORTEDATUM
}
