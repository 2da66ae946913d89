package nl.schakel.keten.federatie;

/**
 * The answer of another party to a {@link FederatieClient#post}: its HTTP status, whatever it is, and its body.
 *
 * @param status the HTTP status code
 * @param body the body as sent (empty when there was none)
 */
public record FederatieAntwoord(int status, byte[] body) {

    /** Whether the party accepted the message (a 2xx status). */
    public boolean geslaagd() {
        return status >= 200 && status < 300;
    }
}
