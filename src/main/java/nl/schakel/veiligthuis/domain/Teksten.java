package nl.schakel.veiligthuis.domain;

import java.util.Map;
import nl.schakel.shared.InvalidInputException;

/** The checks of free text that the payload factories of this module share. */
final class Teksten {

    static final int MAX = 4000;

    private Teksten() {}

    /** Puts {@code key} for {@code field} when the text is blank or longer than {@link #MAX}. */
    static String verplicht(Map<String, String> errors, String field, String text, String key) {
        String clean = text.strip();
        if (clean.isEmpty() || clean.length() > MAX) {
            errors.put(field, key);
        }
        return clean;
    }

    /** Puts {@code key} for {@code field} when the text is longer than {@link #MAX}. */
    static String optioneel(Map<String, String> errors, String field, String text, String key) {
        String clean = text.strip();
        if (clean.length() > MAX) {
            errors.put(field, key);
        }
        return clean;
    }

    static void gooiAlsFout(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
