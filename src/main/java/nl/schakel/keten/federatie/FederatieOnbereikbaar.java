package nl.schakel.keten.federatie;

import org.springframework.core.NestedExceptionUtils;

/**
 * A message did not reach the other party, or its answer did not come back: no connection, a refused TLS handshake
 * (a certificate that is not the party's), a timeout. {@link #reden()} is the name of the failure's type
 * ({@code ConnectException}, {@code SSLHandshakeException}, {@code HttpTimeoutException}), fit to be recorded: it holds
 * no address, no content and no personal data.
 */
public class FederatieOnbereikbaar extends Exception {

    private final String reden;

    FederatieOnbereikbaar(Throwable oorzaak) {
        super(naam(oorzaak), oorzaak);
        this.reden = naam(oorzaak);
    }

    /** The simple name of the deepest cause's type. */
    public String reden() {
        return reden;
    }

    private static String naam(Throwable oorzaak) {
        return NestedExceptionUtils.getMostSpecificCause(oorzaak).getClass().getSimpleName();
    }
}
