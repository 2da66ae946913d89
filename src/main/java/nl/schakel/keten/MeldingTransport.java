package nl.schakel.keten;

/**
 * Carries a sent melding, and later aanvullingen to it, to its Veilig Thuis region. Today one implementation, {@code InProcessTransport}, which
 * publishes {@link MeldingSent} inside this deployment; an HTTPS transport to a federated region will implement the
 * same interface and be chosen by configuration (ADR-0013).
 */
public interface MeldingTransport {

    /** Hands the melding over; runs inside the sender's transaction. */
    void deliver(Melding melding);

    /** Hands an aanvulling to a melding over to the melding's region; runs inside the sender's transaction. */
    void deliver(Aanvulling aanvulling);
}
