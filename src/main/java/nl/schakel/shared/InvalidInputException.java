package nl.schakel.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Input that breaks a rule. Carries message keys (of the message bundles), never the offending value, so that no
 * personal data ends up in a log or a response.
 *
 * <p>The errors keep the order in which the check found them. Every check looks at the fields in the order of its
 * form, so the error summary lists them top to bottom as the page shows the fields (WCAG 3.3.1); a hash order
 * ({@code Map.copyOf}) would shuffle them differently in every JVM.
 *
 * @param fieldErrors field name to message key, in the order of the form's fields; the key "" holds an error for
 *     the whole form
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(String field, String messageKey) {
        this(Map.of(field, messageKey));
    }

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("invalid input: " + fieldErrors.values());
        Map<String, String> inOrder = new LinkedHashMap<>();
        fieldErrors.forEach((field, key) -> inOrder.put(Objects.requireNonNull(field), Objects.requireNonNull(key)));
        this.fieldErrors = Collections.unmodifiableMap(inOrder);
    }

    /** The errors in the order the check found them (the order of the form's fields). */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
