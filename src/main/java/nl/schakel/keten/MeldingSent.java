package nl.schakel.keten;

/**
 * Published when a melding has been sent to a Veilig Thuis region: the receiver's copy of it. A listener must be
 * idempotent (the melding's id tells a repeat), because events are delivered at least once.
 */
public record MeldingSent(Melding melding) {

    @Override
    public String toString() {
        return "MeldingSent[" + melding.id() + "]";
    }
}
