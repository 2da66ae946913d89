package nl.schakel.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The facades' exceptions as pages: not found (also for another tenant's object), not allowed, and anything
 * unexpected, which is logged by type only (the message may hold personal data).
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

    private final UiAdvice ui;

    ErrorAdvice(UiAdvice ui) {
        this.ui = ui;
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model, HttpServletRequest request, Locale locale) {
        return page(model, request, locale, HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String denied(Model model, HttpServletRequest request, Locale locale) {
        return page(model, request, locale, HttpStatus.FORBIDDEN);
    }

    /** Input a page did not catch itself (a rule of a facade, text refused by {@code TextInputAdvice}): a 400 page. */
    @ExceptionHandler(InvalidInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(Model model, HttpServletRequest request, Locale locale) {
        return page(model, request, locale, HttpStatus.BAD_REQUEST);
    }

    /** Anything else is a 500 page; a database that cannot be reached goes on to {@link DatabaseUnavailable} (503). */
    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletRequest request, Locale locale, HttpServletResponse response)
            throws Exception {
        if (DatabaseUnavailable.isCause(e)) {
            throw e;
        }
        if (e instanceof org.springframework.web.ErrorResponse error) {
            HttpStatus status = HttpStatus.resolve(error.getStatusCode().value());
            response.setStatus(error.getStatusCode().value());
            return page(model, request, locale, status == null ? HttpStatus.BAD_REQUEST : status);
        }
        if (e instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException
                || e instanceof org.springframework.web.bind.MissingServletRequestParameterException) {
            response.setStatus(400);
            return page(model, request, locale, HttpStatus.BAD_REQUEST);
        }
        log.error("Unexpected {} while handling a page", e.getClass().getName());
        response.setStatus(500);
        return page(model, request, locale, HttpStatus.INTERNAL_SERVER_ERROR);
    }

    /**
     * The error page. An exception handler's model does not get the {@code @ModelAttribute}s of {@link UiAdvice},
     * so the page's {@code ui} is added here; without it the error page itself failed (500 instead of 404/403/400).
     */
    private String page(Model model, HttpServletRequest request, Locale locale, HttpStatus status) {
        model.addAttribute("ui", ui.create(request, locale));
        model.addAttribute("status", status.value());
        model.addAttribute("soort", ErrorPageController.kind(status));
        return "web/error";
    }
}
