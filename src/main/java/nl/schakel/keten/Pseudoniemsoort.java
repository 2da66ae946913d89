package nl.schakel.keten;

/**
 * What a pseudonym sent to the national VT-register was made from (domain spec §3.8, rule 46). The register only
 * compares pseudonyms of the same soort and key version; it never sees the BSN, name or date of birth behind them.
 */
public enum Pseudoniemsoort {
    /** Made from the person's BSN: a match on it is certain. */
    BSN,
    /**
     * Made from the normalised name and date of birth of a person without a known BSN: a match on it is a possible
     * match, to be checked by the case worker ("te controleren").
     */
    NAAM_GEBOORTEDATUM;

    /** Whether a match on a pseudonym of this soort is only a possible match, to be checked. */
    public boolean mogelijk() {
        return this == NAAM_GEBOORTEDATUM;
    }
}
