package nl.schakel.keten;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The pseudonyms under which a Veilig Thuis region registers a directbetrokkene in the national VT-register (domain
 * spec §3.8, rule 46; ADR-0024): HMAC-SHA256 with a key the regions share and the register never holds, written as
 * base64url without padding (43 characters). Without the key nobody can go back from a pseudonym to a BSN, nor
 * compute the pseudonym of a BSN to look someone up.
 *
 * <p>What is hashed, in UTF-8, is domain-separated so that a BSN and a name can never give the same pseudonym:
 *
 * <ul>
 *   <li>a BSN: {@code "bsn:" + the nine digits} (spaces and dots around or between the digits are dropped);
 *   <li>a name and date of birth: {@code "naam:" + normalised name + "|" + ISO date (yyyy-MM-dd)}. The name is
 *       normalised so that the same person written by two regions gives the same pseudonym: Unicode NFKD, accents and
 *       other combining marks removed, lower case, every character other than a letter, a digit or white space
 *       removed (hyphens, apostrophes and dots too), white space collapsed to one space and stripped at both ends.
 *       "José  de Vries" and "jose de vries" are the same; "Jan-Willem" is "janwillem".
 * </ul>
 *
 * <p>A match on a name and date of birth is only a possible match: two people can share both, and a name can be
 * written differently. It is shown as such, to be checked ({@link Pseudoniemsoort#NAAM_GEBOORTEDATUM}).
 */
public final class Pseudoniemen {

    private static final String ALGORITME = "HmacSHA256";

    private Pseudoniemen() {}

    /** The pseudonym of a BSN under the key. */
    public static String vanBsn(byte[] sleutel, String bsn) {
        String cijfers = bsn.replaceAll("[\\s.]", "");
        if (!cijfers.matches("\\d{9}")) {
            throw new IllegalArgumentException("A BSN has nine digits");
        }
        return hmac(sleutel, "bsn:" + cijfers);
    }

    /** The pseudonym of a person without a known BSN, from their name and date of birth, under the key. */
    public static String vanNaamEnGeboortedatum(byte[] sleutel, String naam, LocalDate geboortedatum) {
        String normaal = normaliseer(naam);
        if (normaal.isEmpty()) {
            throw new IllegalArgumentException("A name with no letters or digits gives no pseudonym");
        }
        return hmac(sleutel, "naam:" + normaal + "|" + geboortedatum.format(DateTimeFormatter.ISO_LOCAL_DATE));
    }

    /** Whether a name has letters or digits left after normalisation, so that it can give a pseudonym. */
    public static boolean identificeerbaar(String naam) {
        return !normaliseer(naam).isEmpty();
    }

    /** A name as it is hashed: see the class description. */
    static String normaliseer(String naam) {
        String ontleed = Normalizer.normalize(naam, Normalizer.Form.NFKD);
        return ontleed.replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\s]", "")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static String hmac(byte[] sleutel, String invoer) {
        if (sleutel.length < 32) {
            throw new IllegalArgumentException("The key of the VT-register pseudonyms has at least 32 bytes");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITME);
            mac.init(new SecretKeySpec(sleutel, ALGORITME));
            byte[] uitkomst = mac.doFinal(invoer.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(uitkomst);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
