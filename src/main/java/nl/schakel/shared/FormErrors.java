package nl.schakel.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;

/**
 * Hands the field errors of a rejected form to the page that shows it again: controllers put them on the request,
 * the page shell reads them and shows each message next to its field.
 */
public final class FormErrors {

    public static final String ATTRIBUTE = "schakel.formErrors";

    private FormErrors() {}

    public static void put(HttpServletRequest request, InvalidInputException e) {
        request.setAttribute(ATTRIBUTE, e.fieldErrors());
    }

    @SuppressWarnings("unchecked")
    public static Map<String, String> of(HttpServletRequest request) {
        Object errors = request.getAttribute(ATTRIBUTE);
        return errors instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }
}
