package nl.schakel.organisation;

/** What kind of meldcode training a member followed (deskundigheidsbevordering, F10). */
public enum ScholingSoort {
    /** A training in the meldcode and its five steps. */
    MELDCODE,
    /** A training in the afwegingskader of the member's beroepscluster. */
    AFWEGINGSKADER,
    /** An e-learning about the meldcode or the afwegingskader. */
    E_LEARNING,
    /** A refresher of an earlier training. */
    OPFRISSING
}
