package nl.schakel.shared;

import java.util.Map;

/**
 * Input that breaks a rule. Carries message keys (of the message bundles), never the offending value, so that no
 * personal data ends up in a log or a response.
 *
 * @param fieldErrors field name to message key; the key "" holds an error for the whole form
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(String field, String messageKey) {
        this(Map.of(field, messageKey));
    }

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("invalid input: " + fieldErrors.values());
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
