package nl.schakel;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes TOTP codes the way an authenticator app does (RFC 6238), independently of the production code, so that
 * tests of the second factor do not trust the code under test.
 */
public final class TotpCodes {

    /** The TOTP secret of every demo user. */
    public static final String DEMO_SECRET = "JBSWY3DPEHPK3PXP";

    public static final String DEMO_PASSWORD = "Demo-wachtwoord-2026!";

    private TotpCodes() {}

    public static String codeAt(String base32Secret, Instant at) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(base32(base32Secret), "HmacSHA1"));
            byte[] h = mac.doFinal(
                    ByteBuffer.allocate(8).putLong(at.getEpochSecond() / 30).array());
            int o = h[h.length - 1] & 0xf;
            int bin = ((h[o] & 0x7f) << 24) | ((h[o + 1] & 0xff) << 16) | ((h[o + 2] & 0xff) << 8) | (h[o + 3] & 0xff);
            return "%06d".formatted(bin % 1_000_000);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Moves the test clock on by one 30-second step and returns the code for the new time. */
    public static String nextCode(MutableClock clock, String secret) {
        clock.advance(Duration.ofSeconds(30));
        return codeAt(secret, clock.instant());
    }

    private static byte[] base32(String s) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteBuffer out = ByteBuffer.allocate(s.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : s.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }
}
