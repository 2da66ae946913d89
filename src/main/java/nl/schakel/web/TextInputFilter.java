package nl.schakel.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;
import nl.schakel.shared.TextInput;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every form field and query parameter of every request passes {@link TextInput} before anything else reads it: a
 * control character, a lone surrogate or a text longer than {@value TextInput#MAX_LENGTH} characters is a 400 (a
 * Dutch page for a form, problem+json naming the parameter for the API), so no page or facade ever sees it. JSON
 * bodies get the same rule in {@link TextInputAdvice}. An API body over {@link #MAX_API_BODY} bytes is refused before it
 * is read (413, problem+json), as Tomcat refuses a form over the same size: Jackson ignores fields it does not know,
 * so without it a body of any size padded with an unknown field was read whole and accepted (ADR-0041). An API body
 * sent without its length ({@code Transfer-Encoding: chunked}) is refused with 411: its size cannot be checked first.
 */
@Configuration(proxyBeanMethods = false)
class TextInputFilter {

    /** The refused parameter and the message key, for {@link ErrorPageController}. */
    static final String FIELD = "schakel.invoer.veld";

    static final String MESSAGE = "schakel.invoer.melding";

    /** The largest API request body: Tomcat's limit for a form (maxPostSize), far above any real request. */
    static final long MAX_API_BODY = 2 * 1024 * 1024;

    static final String TOO_LARGE = "invoer.fout.omvang";

    static final String UNKNOWN_FIELD = "invoer.fout.veldnaam";

    static final String LENGTH_REQUIRED = "invoer.fout.lengteOnbekend";

    /**
     * A name with list indexes as the pages send them ({@code betrokkenen[2].naam}, the Veilig Thuis intake's rows): names
     * of letters and digits, each with at most three-digit indexes, joined by dots.
     */
    private static final Pattern INDEXED_NAME =
            Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\[\\d{1,3}])*(?:\\.[A-Za-z_][A-Za-z0-9_]*(?:\\[\\d{1,3}])*)*");

    /**
     * Whether a parameter name can be given to Spring's data binder. Brackets are list indexes to it: an unclosed one
     * ({@code vormen[2dene./}) made it throw, a 500 (found by the fuzzing in CI, ADR-0041), and a huge one would make it
     * grow a list to that size. So a name with {@code [} or {@code ]} must be a well-formed indexed name, or it is
     * refused with a 400 before any binder sees it.
     */
    static boolean isFieldName(String name) {
        return (name.indexOf('[') < 0 && name.indexOf(']') < 0)
                || INDEXED_NAME.matcher(name).matches();
    }

    /** Set by Tomcat when it could not read all parameters (its {@code FailedRequestFilter} uses the same). */
    private static final String PARSE_FAILED = "org.apache.catalina.parameter_parse_failed";

    private static final String PARSE_FAILED_REASON = "org.apache.catalina.parameter_parse_failed_reason";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> textInputCheck() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    private static final class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getServletPath().startsWith(ApiDocumentation.BASE_PATH)) {
                if (request.getContentLengthLong() > MAX_API_BODY) {
                    refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "", TOO_LARGE);
                    return;
                }
                if (request.getHeader("Transfer-Encoding") != null) {
                    // a body of unknown length could pass the limit above: the API asks for its length
                    refuse(request, response, HttpServletResponse.SC_LENGTH_REQUIRED, "", LENGTH_REQUIRED);
                    return;
                }
            }
            for (Map.Entry<String, String[]> parameter :
                    request.getParameterMap().entrySet()) {
                @Nullable
                String problem =
                        isFieldName(parameter.getKey()) ? TextInput.problem(parameter.getKey()) : UNKNOWN_FIELD;
                // a bad name is not repeated back
                String field = problem == null ? parameter.getKey() : "";
                for (String value : parameter.getValue()) {
                    problem = problem == null ? TextInput.problem(value) : problem;
                }
                if (problem != null) {
                    refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, field, problem);
                    return;
                }
            }
            if (request.getAttribute(PARSE_FAILED) != null) {
                // Tomcat dropped parameters it could not read: bytes that are not UTF-8 (a lone surrogate, say), or
                // a form over the size limit. Refused, rather than handled as if the field had been left empty.
                refuse(
                        request,
                        response,
                        HttpServletResponse.SC_BAD_REQUEST,
                        "",
                        tooLarge(request) ? TextInput.TOO_LONG : TextInput.CONTROL_CHARACTER);
                return;
            }
            chain.doFilter(request, response);
        }

        private static boolean tooLarge(HttpServletRequest request) {
            Object reason = request.getAttribute(PARSE_FAILED_REASON);
            return reason != null && reason.toString().contains("TOO");
        }

        private static void refuse(
                HttpServletRequest request, HttpServletResponse response, int status, String field, String key)
                throws IOException {
            request.setAttribute(FIELD, field);
            request.setAttribute(MESSAGE, key);
            response.sendError(status);
        }
    }
}
