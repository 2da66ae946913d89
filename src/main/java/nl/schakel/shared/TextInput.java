package nl.schakel.shared;

import org.jspecify.annotations.Nullable;

/**
 * The one rule for every text a person or a system sends to Schakel, before any module sees it: no control characters
 * other than tab, line feed and carriage return (PostgreSQL refuses a NUL in text, and the others are invisible), no
 * lone half of a surrogate pair (it cannot be stored as UTF-8), no replacement character U+FFFD (bytes that were not
 * UTF-8; what was meant is lost), and at most {@value #MAX_LENGTH} characters (far
 * above any field's own limit; longer input is an error or an attack). The web layer applies it to every form and
 * query parameter and to every string in a JSON body.
 */
public final class TextInput {

    public static final int MAX_LENGTH = 10_000;
    public static final String CONTROL_CHARACTER = "invoer.fout.teken";
    public static final String TOO_LONG = "invoer.fout.lengte";

    /** What a decoder puts in place of bytes that were not text: the original is lost, so it is refused. */
    private static final char REPLACEMENT = '\uFFFD';

    private TextInput() {}

    /** The message key of what is wrong with this text, or null when it may be used. */
    public static @Nullable String problem(String text) {
        if (text.length() > MAX_LENGTH) {
            return TOO_LONG;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') || c == REPLACEMENT) {
                return CONTROL_CHARACTER;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return CONTROL_CHARACTER;
                }
            } else if (Character.isLowSurrogate(c)) {
                return CONTROL_CHARACTER;
            }
        }
        return null;
    }
}
