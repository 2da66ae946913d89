package nl.schakel.keten.federatie;

import nl.schakel.audit.AccessLog;
import nl.schakel.shared.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.preauth.x509.X509AuthenticationFilter;

/**
 * Security of {@code /federatie/**}: the caller is the {@link Partij} whose OIN is in the client certificate the
 * federation connector required ({@link PartijAuthenticatie}); every request is authenticated. Stateless: no session,
 * no cookie, so no CSRF token either, and no form login or redirect.
 */
@Configuration(proxyBeanMethods = false)
class FederatieBeveiliging {

    @Bean
    @Order(3)
    SecurityFilterChain federatie(HttpSecurity http, Partijen partijen, AccessLog accessLog) throws Exception {
        http.securityMatcher(FederatiePoort.PAD + "/**")
                .addFilterAt(new PartijAuthenticatie(partijen, accessLog), X509AuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .exceptionHandling(
                        e -> e.authenticationEntryPoint((request, response, ex) -> PartijAuthenticatie.weiger(response))
                                .accessDeniedHandler((request, response, ex) -> Probleem.schrijf(
                                        response, HttpStatus.FORBIDDEN, "Geen toegang", "Deze partij mag dit niet.")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                // no cookies are set or read on this port, so there is nothing to forge
                .csrf(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(SecurityHeaders.NON_PAGE_POLICY)));
        return http.build();
    }
}
