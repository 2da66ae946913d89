package nl.schakel.organisation;

/** Where an implementation item stands, as its owner records it. */
public enum InvoeringStatus {
    NIET_BEGONNEN,
    BEZIG,
    GEREED
}
