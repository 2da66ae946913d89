package nl.schakel.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Errors of the JSON API as {@code application/problem+json} (Dutch API Design Rules), with a Dutch message per
 * invalid field under {@code fouten}. Never a stack trace or the request's data.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorAdvice.class);

    private final MessageSource messages;

    ApiErrorAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, locale);
        List<Map<String, String>> errors = e.fieldErrors().entrySet().stream()
                .map(f -> Map.of("veld", f.getKey(), "melding", text(f.getValue(), locale)))
                .toList();
        problem.setProperty("fouten", errors);
        return respond(problem);
    }

    /**
     * A body that is not JSON, or a value of the wrong form (a date, a number, a choice from a list): one Dutch
     * message under {@code fouten}, for the field that could not be read. Names the field and, for a choice, the
     * allowed values; never the value that was sent.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, locale);
        String field = "";
        String message = text("api.fout.json", locale);
        if (e.getCause() instanceof JacksonException jackson
                && !jackson.getPath().isEmpty()) {
            field = path(jackson.getPath());
            Class<?> target = jackson instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
            if (target != null && target.isEnum()) {
                String allowed = java.util.Arrays.stream(target.getEnumConstants())
                        .map(c -> ((Enum<?>) c).name())
                        .collect(java.util.stream.Collectors.joining(", "));
                message = text("api.fout.keuze", locale, allowed);
            } else {
                message = text(kindOfValue(target), locale);
            }
        }
        problem.setProperty("fouten", List.of(Map.of("veld", field, "melding", message)));
        return respond(problem);
    }

    /** The message for a value that is not of the type the field needs (strict: see {@code StrictJson}). */
    private static String kindOfValue(@Nullable Class<?> target) {
        if (target == null) {
            return "api.fout.waarde";
        } else if (target == java.time.LocalDate.class) {
            return "api.fout.datum";
        } else if (target == Boolean.class || target == boolean.class) {
            return "api.fout.janee";
        } else if (Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != char.class)) {
            return "api.fout.getal";
        } else if (CharSequence.class.isAssignableFrom(target)) {
            return "api.fout.tekst";
        } else if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "api.fout.lijst";
        }
        return "api.fout.waarde";
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(Locale locale) {
        return respond(problem(HttpStatus.NOT_FOUND, locale));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(Locale locale) {
        return respond(problem(HttpStatus.FORBIDDEN, locale));
    }

    /** A database that cannot be reached goes on to {@link DatabaseUnavailable} (503 with Retry-After). */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> other(Exception e, Locale locale) throws Exception {
        if (DatabaseUnavailable.isCause(e)) {
            throw e;
        }
        HttpStatus status;
        if (e instanceof ErrorResponse error) {
            HttpStatus resolved = HttpStatus.resolve(error.getStatusCode().value());
            status = resolved == null ? HttpStatus.BAD_REQUEST : resolved;
        } else if (e instanceof org.springframework.http.converter.HttpMessageNotReadableException
                || e instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException) {
            status = HttpStatus.BAD_REQUEST;
        } else {
            log.error("Unexpected {} in the API", e.getClass().getName());
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return respond(problem(status, locale));
    }

    private ProblemDetail problem(HttpStatus status, Locale locale) {
        String kind = ErrorPageController.kind(status);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text("fout." + kind + ".tekst", locale));
        problem.setTitle(text("fout." + kind + ".titel", locale));
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** The JSON path as the API names fields: {@code betrokkenen[0].relatie}. */
    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
