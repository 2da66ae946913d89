package nl.schakel.concept;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A saved draft: the form's fields as they were typed, and when.
 *
 * @param fields each field name with its values (several for a group of check boxes)
 */
public record Concept(String key, Map<String, List<String>> fields, Instant savedAt) {

    /** The name of the hidden form field that carries a form's draft key. */
    public static final String FIELD = "_concept";

    public Concept {
        fields = Map.copyOf(fields);
    }

    @Override
    public String toString() {
        return "Concept[" + key + "]";
    }
}
