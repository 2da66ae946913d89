package nl.schakel.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.schakel.shared.SecurityHeaders;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * "The database cannot be reached" as a {@code 503 Service Unavailable} with {@code Retry-After}, never a 500 or a
 * stack trace (issue 15, ADR-0040): a Dutch page for people, {@code application/problem+json} for the API. This happens
 * while a PostgreSQL primary is down and its standby is not yet promoted, or the pool cannot get a connection within
 * {@code spring.datasource.hikari.connection-timeout} (3 s).
 *
 * <p>The filter wraps everything else, also Spring Session's filter and Spring Security's, because a request with a
 * session cookie already needs the database before any controller runs (the session is read there and written at
 * the end). {@link ErrorAdvice} and {@link ApiErrorAdvice} pass such an exception on to it. The answer is written here
 * without the session, the security context or the CSRF token (each of those would need the database again), and
 * not through the container's error dispatch.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseUnavailable {

    /** Seconds a client should wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 5;

    /**
     * SQL states that mean "no usable primary": class 08 (connection exception) and 57P01-57P03 (the server shuts down
     * or is still starting, e.g. a standby being promoted). Not 25006 (read-only transaction): the multi-host URL with
     * {@code targetServerType=primary} never connects to a standby, and a write inside a read-only transaction of the
     * application is a fault to see, not an outage.
     */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03");

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    /**
     * Whether {@code failure} (or one of its causes) says that the database cannot be reached, rather than that a
     * statement was wrong.
     */
    static boolean isCause(@Nullable Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || STATES.contains(state)) {
                    return true;
                }
            }
            // the rollback after a lost connection fails too ("Connection is closed", no SQL state) and hides the first
            // exception ("Application/Commit exception overridden by rollback exception"): a JDBC commit or rollback
            // that fails in the driver, without an SQL state Spring can translate, means the connection is gone
            if (t instanceof TransactionSystemException tx
                    && (tx.getCause() instanceof SQLException
                            || (tx.getApplicationException() != t && isCause(tx.getApplicationException())))) {
                return true;
            }
        }
        return false;
    }

    @Bean
    FilterRegistrationBean<Filter> databaseUnavailableAnswer(
            TemplateEngine templates,
            MessageSource messages,
            LocaleResolver locales,
            JsonMapper json,
            @Value("${schakel.demo.enabled:false}") boolean demo) {
        FilterRegistrationBean<Filter> registration =
                new FilterRegistrationBean<>(new Answer(templates, messages, locales, json, demo));
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        // outside Spring Session's filter (HIGHEST_PRECEDENCE + 50) and Spring Security's
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    private record Answer(
            TemplateEngine templates, MessageSource messages, LocaleResolver locales, JsonMapper json, boolean demo)
            implements Filter {

        @Override
        public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
                throws IOException, ServletException {
            try {
                chain.doFilter(req, res);
            } catch (IOException | ServletException | RuntimeException | Error e) {
                if (!isCause(e)
                        || !(req instanceof HttpServletRequest request)
                        || !(res instanceof HttpServletResponse response)) {
                    throw e;
                }
                // by type and SQL state only: a message may name a host, a statement or data; the deepest cause, as the
                // wrapping exceptions say little
                Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
                log.warn(
                        "The database could not be reached ({}{}): 503 for {}",
                        cause.getClass().getName(),
                        cause instanceof SQLException sql && sql.getSQLState() != null
                                ? ", SQL state " + sql.getSQLState()
                                : "",
                        request.getMethod());
                if (response.isCommitted()) {
                    // part of the answer is on its way: let the container break the connection, rather than end a
                    // cut-off page as if it were whole
                    throw e;
                }
                answer(request, response);
            }
        }

        private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
            Locale locale = locales.resolveLocale(request);
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
            boolean page = wantsPage(request);
            // the reset removed what Spring Security's header writer had set
            SecurityHeaders.outsideTheChain(page).forEach(response::setHeader);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            if (page) {
                Ui ui = new Ui(messages, locale, null, null, demo, request);
                StringOutput html = new StringOutput();
                templates.render("web/error.jte", Map.of("ui", ui, "status", 503, "soort", "503"), html);
                response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
                response.getWriter().write(html.toString());
            } else {
                Map<String, Object> problem = new LinkedHashMap<>();
                problem.put("type", "about:blank");
                problem.put("title", messages.getMessage("fout.503.titel", null, locale));
                problem.put("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                problem.put("detail", messages.getMessage("fout.503.tekst", null, locale));
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.getWriter().write(json.writeValueAsString(problem));
            }
        }

        /** A page for a browser, problem+json for the API, the token endpoint and other clients. */
        private static boolean wantsPage(HttpServletRequest request) {
            String path = request.getRequestURI();
            if (path.startsWith("/api/") || path.startsWith("/oauth2/")) {
                return false;
            }
            String accept = request.getHeader(HttpHeaders.ACCEPT);
            return accept == null || accept.contains(MediaType.TEXT_HTML_VALUE) || accept.contains("*/*");
        }
    }
}
