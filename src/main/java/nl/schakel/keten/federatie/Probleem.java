package nl.schakel.keten.federatie;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** A problem+json answer (RFC 9457) on the federation connector, with a fixed Dutch title and detail. */
final class Probleem {

    private Probleem() {}

    static void schrijf(HttpServletResponse response, HttpStatus status, String titel, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
                        .formatted(titel, status.value(), detail));
    }
}
