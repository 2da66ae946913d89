package nl.schakel.organisation.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.schakel.organisation.Invoeringspunt;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A document larger than the server takes ({@code spring.servlet.multipart.max-file-size} and
 * {@code max-request-size}, above the checklist's own 5 MB) makes Tomcat refuse the whole request the first time any
 * filter reads a parameter ({@code InvalidParameterException} with 413), before security or a controller runs; left
 * alone that is the 413 error page. For the
 * checklist's upload this filter, before all others that read parameters, turns it into the same Dutch form error as a
 * file over 5 MB: back to the item's page, which shows it at the file field ({@code ?bestand=te-groot}). Nothing was
 * stored and nothing was read, so there is nothing to log.
 */
@Configuration(proxyBeanMethods = false)
class InvoeringUploadFilter {

    /** The query parameter and value by which the item's page shows the too-large error. */
    static final String TE_GROOT = "te-groot";

    private static final Pattern UPLOAD =
            Pattern.compile("^" + InvoeringController.PAGE + "/([a-z-]{1,40})/bewijsstukken$");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> invoeringUploadTooLarge() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
        registration.addUrlPatterns(InvoeringController.PAGE + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    private static final class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } catch (InvalidParameterException e) {
                Optional<Invoeringspunt> punt = upload(request);
                if (punt.isEmpty()
                        || e.getErrorCode() != HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                        || response.isCommitted()) {
                    throw e;
                }
                response.sendRedirect(
                        InvoeringController.PAGE + "/" + punt.get().code() + "?bestand=" + TE_GROOT);
            }
        }

        private static Optional<Invoeringspunt> upload(HttpServletRequest request) {
            Matcher m = UPLOAD.matcher(request.getRequestURI());
            String type = request.getContentType();
            return "POST".equals(request.getMethod())
                            && type != null
                            && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                            && m.matches()
                    ? Invoeringspunt.van(m.group(1))
                    : Optional.empty();
        }
    }
}
