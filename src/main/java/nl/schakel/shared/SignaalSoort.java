package nl.schakel.shared;

/** Code list: what kind of observation a signaal is: a fact seen or heard, an interpretation, or what others told. */
public enum SignaalSoort {
    FEIT,
    INTERPRETATIE,
    /** Told by a third party; the source must be named. */
    DERDEN
}
