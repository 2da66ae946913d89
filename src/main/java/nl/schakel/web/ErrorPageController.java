package nl.schakel.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Every error the container sees ends here: a plain Dutch page for people, problem+json for the API. Never a stack
 * trace, an exception message or the request's data.
 */
@Controller
class ErrorPageController implements ErrorController {

    private final MessageSource messages;

    ErrorPageController(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, Model model, jakarta.servlet.http.HttpServletResponse response) {
        HttpStatus status = status(request);
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("soort", kind(status));
        if (request.getAttribute(TextInputFilter.MESSAGE) instanceof String key) {
            model.addAttribute("detail", key.replace("invoer.fout.", "invoer.pagina."));
        }
        return "web/error";
    }

    @RequestMapping("/error")
    @ResponseBody
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request, Locale locale) {
        HttpStatus status = status(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, messages.getMessage("fout." + kind(status) + ".tekst", null, locale));
        problem.setTitle(messages.getMessage("fout." + kind(status) + ".titel", null, locale));
        problem.setType(URI.create("about:blank"));
        if (request.getAttribute(TextInputFilter.MESSAGE) instanceof String key
                && request.getAttribute(TextInputFilter.FIELD) instanceof String field) {
            problem.setProperty(
                    "fouten", List.of(Map.of("veld", field, "melding", messages.getMessage(key, null, locale))));
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The status of the error being shown; {@code /error} asked for directly is a page that does not exist. */
    private static HttpStatus status(HttpServletRequest request) {
        if (request.getDispatcherType() != DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            return HttpStatus.NOT_FOUND;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    static String kind(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "404";
            case FORBIDDEN -> "403";
            case SERVICE_UNAVAILABLE -> "503";
            case BAD_REQUEST, METHOD_NOT_ALLOWED, UNSUPPORTED_MEDIA_TYPE, PAYLOAD_TOO_LARGE -> "400";
            default -> status.is4xxClientError() ? "400" : "500";
        };
    }
}
