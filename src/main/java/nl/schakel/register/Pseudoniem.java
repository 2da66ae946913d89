package nl.schakel.register;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person as the VT-register knows them: a keyed one-way pseudonym computed by the region (HMAC-SHA256 under the
 * regions' key, base64url without padding: 43 characters), what it was made from and the key version. Pseudonyms of
 * different key versions never match.
 */
public record Pseudoniem(String waarde, Soort soort, int sleutelversie) {

    private static final Pattern VORM = Pattern.compile("[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]");

    public Pseudoniem {
        Objects.requireNonNull(soort, "soort");
        if (!geldig(waarde)) {
            throw new IllegalArgumentException("pseudoniem is not the base64url of 32 bytes");
        }
        if (sleutelversie < 1) {
            throw new IllegalArgumentException("sleutelversie must be 1 or more");
        }
    }

    /**
     * Whether the text is the base64url form without padding of 32 bytes, as an HMAC-SHA256 is: 43 characters, the
     * last one carrying no spare bits (so that every pseudonym has one spelling).
     */
    public static boolean geldig(String waarde) {
        return waarde != null && VORM.matcher(waarde).matches();
    }

    @Override
    public String toString() {
        // never the pseudonym itself in a log
        return "Pseudoniem[" + soort + ", v" + sleutelversie + "]";
    }
}
