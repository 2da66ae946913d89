package nl.schakel.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every response under {@code /api/v1}, errors and refusals included, names the full version of the API in
 * {@code API-Version} (/core/version-header). The OpenAPI document may be read from any origin, without credentials
 * (/core/publish-openapi); nothing else of the API is opened to other origins.
 */
@Configuration(proxyBeanMethods = false)
class ApiVersionHeader {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> apiVersionHeaderFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
        registration.addUrlPatterns(ApiDocumentation.BASE_PATH + "/*");
        // before Spring Security, so its 401 and 403 carry the header too
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    private static final class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.setHeader(ApiDesignRules.VERSION_HEADER, ApiDocumentation.VERSION);
            if (ApiDocumentation.DOCUMENT.equals(request.getRequestURI())
                    && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
                response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
            }
            chain.doFilter(request, response);
        }

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }
    }
}
