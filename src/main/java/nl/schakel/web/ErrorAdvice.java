package nl.schakel.web;

import jakarta.servlet.http.HttpServletResponse;
import nl.schakel.shared.AccessDeniedException;
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

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        return page(model, HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String denied(Model model) {
        return page(model, HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletResponse response) {
        if (e instanceof org.springframework.web.ErrorResponse error) {
            HttpStatus status = HttpStatus.resolve(error.getStatusCode().value());
            response.setStatus(error.getStatusCode().value());
            return page(model, status == null ? HttpStatus.BAD_REQUEST : status);
        }
        if (e instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException
                || e instanceof org.springframework.web.bind.MissingServletRequestParameterException) {
            response.setStatus(400);
            return page(model, HttpStatus.BAD_REQUEST);
        }
        log.error("Unexpected {} while handling a page", e.getClass().getName());
        response.setStatus(500);
        return page(model, HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private static String page(Model model, HttpStatus status) {
        model.addAttribute("status", status.value());
        model.addAttribute("soort", ErrorPageController.kind(status));
        return "web/error";
    }
}
