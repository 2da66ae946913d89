package nl.schakel.shared.kalender;

/** Why a day is no working day for a legal term: the law itself, a decree that equates it, or the rule (expected). */
public enum Bron {
    /** Algemene termijnenwet, art. 3 (1) and (2): the general holidays and Goede Vrijdag. */
    WET,
    /** A decree under art. 3 (3), published in the Staatscourant, equates the day with a general holiday. */
    BESLUIT,
    /**
     * No decree covers the year yet: the day follows from the rule the decrees have followed since 2023
     * ({@link Gelijkstellingsregel}) and is expected to be equated.
     */
    VERWACHT
}
