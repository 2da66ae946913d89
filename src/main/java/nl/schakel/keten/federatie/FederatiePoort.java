package nl.schakel.keten.federatie;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the two ports apart, before anything else runs (sessions, security): the federation connector serves only
 * {@code /federatie/**}, anything else there is a 404 problem; {@code /federatie/**} on any other port (the normal
 * one), or while federation is off, is the normal 404 page. The port is the one the request arrived on.
 */
@Configuration(proxyBeanMethods = false)
class FederatiePoort {

    static final String PAD = "/federatie";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> federatiePoortFilter(FederatieInstellingen instellingen) {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new Filter(instellingen.enabled() ? instellingen.poort() : -1));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Whether the path (servlet path and path info, decoded and normalised) is under {@code /federatie}. */
    static boolean federatiePad(HttpServletRequest request) {
        String pad = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return pad.equals(PAD) || pad.startsWith(PAD + "/");
    }

    private static final class Filter extends OncePerRequestFilter {

        private final int poort;

        Filter(int poort) {
            this.poort = poort;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            boolean federatiePoort = request.getLocalPort() == poort;
            boolean federatiePad = federatiePad(request);
            if (federatiePoort && !federatiePad) {
                Probleem.schrijf(
                        response, HttpStatus.NOT_FOUND, "Niet gevonden", "Deze poort dient alleen /federatie.");
                return;
            }
            if (!federatiePoort && federatiePad) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
