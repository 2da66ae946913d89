package nl.schakel.dossier.domain;

import java.util.Map;
import nl.schakel.shared.Bsn;
import nl.schakel.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** The checks of free text that the payload factories share: required or optional, and not too long. */
final class Texts {

    private Texts() {}

    /** Puts {@code key} for {@code field} when the text is blank or longer than {@code max}. */
    static void required(Map<String, String> errors, String field, String text, int max, String key) {
        String clean = text.strip();
        if (clean.isEmpty() || clean.length() > max) {
            errors.put(field, key);
        }
    }

    /** Puts {@code key} for {@code field} when the text is longer than {@code max}. */
    static void optional(Map<String, String> errors, String field, String text, int max, String key) {
        if (text.strip().length() > max) {
            errors.put(field, key);
        }
    }

    /** Puts {@code key} for {@code field} when the text holds a valid BSN, which free text must not. */
    static void withoutBsn(Map<String, String> errors, String field, String text, String key) {
        if (!errors.containsKey(field) && Bsn.occursIn(text)) {
            errors.put(field, key);
        }
    }

    static @Nullable String orNull(String text) {
        String clean = text.strip();
        return clean.isEmpty() ? null : clean;
    }

    static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
