package nl.schakel.identity;

/**
 * A second factor being set up: the secret to type in, and the QR code (SVG) an authenticator app scans.
 * The secret is kept in the session until the user confirms it with a first code.
 */
public record Enrolment(String secret, String qrSvg) implements java.io.Serializable {

    @Override
    public String toString() {
        return "Enrolment[***]";
    }
}
