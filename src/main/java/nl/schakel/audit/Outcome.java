package nl.schakel.audit;

/** NEN 7513 EventOutcomeIndicator, in the words the log readers use. */
public enum Outcome {
    GESLAAGD,
    GEWEIGERD,
    MISLUKT
}
