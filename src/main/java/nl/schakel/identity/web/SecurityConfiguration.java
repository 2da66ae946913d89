package nl.schakel.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.shared.Actor;
import nl.schakel.shared.RecordOwners;
import nl.schakel.shared.SecurityHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Security of the pages: form login (first factor), then the second factor before anything else, role checks per
 * area (the facades check again), CSRF on every change, strict headers, and logout that ends every session.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    private static final int MAX_IDS = 2;

    private static final int MAX_ADDRESS = 300;

    private static final Pattern ID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /**
     * Actuator endpoints (health, Prometheus metrics) are served on the management port, which listens on the
     * loopback address only ({@code management.server.address}); they hold no personal data.
     */
    @Bean
    @Order(5)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(20)
    SecurityFilterChain pages(
            HttpSecurity http,
            PasswordAuthenticationProvider passwords,
            SecurityContextRepository contexts,
            IdentityManagement identity,
            AccessLog accessLog,
            ExpiredSession expired,
            List<RecordOwners> owners,
            Clock clock,
            @Value("${schakel.session.absolute-lifetime:8h}") Duration absoluteLifetime)
            throws Exception {
        // A manager of its own, without the global parent that holds the same provider bean: with a parent, a failed
        // password was checked twice, so it counted (and was logged) twice and throttling began after 3 attempts.
        http.authenticationManager(new ProviderManager(passwords))
                .securityContext(c -> c.securityContextRepository(contexts))
                .authorizeHttpRequests(a -> a.requestMatchers(
                                "/inloggen",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/error",
                                "/livez",
                                "/readyz")
                        .permitAll()
                        .requestMatchers("/tweede-factor", "/tweede-factor/**")
                        .authenticated()
                        // the implementation checklist and the training register: the aandachtsfunctionarissen keep
                        // them too
                        .requestMatchers(
                                "/beheer/scholing", "/beheer/scholing/**", "/beheer/invoering", "/beheer/invoering/**")
                        .access(AuthorizationManagers.allOf(
                                AuthorityAuthorizationManager.hasAuthority(Factors.TOTP),
                                AuthorityAuthorizationManager.hasAnyRole("BEHEERDER", "AANDACHTSFUNCTIONARIS")))
                        // the meldprotocol: everyone in an organisation who works with clients reads it (issue 13)
                        .requestMatchers("/beheer/meldprotocol", "/beheer/meldprotocol/**")
                        .access(AuthorizationManagers.allOf(
                                AuthorityAuthorizationManager.hasAuthority(Factors.TOTP),
                                AuthorityAuthorizationManager.hasAnyRole(
                                        "BEHEERDER", "AANDACHTSFUNCTIONARIS", "BEROEPSKRACHT")))
                        .requestMatchers("/beheer/**")
                        .access(secondFactorAnd("BEHEERDER"))
                        .requestMatchers("/platform/**")
                        .access(secondFactorAnd("PLATFORMBEHEERDER"))
                        .requestMatchers("/toegangslog/**")
                        .access(secondFactorAnd("LOGVERANTWOORDELIJKE"))
                        .requestMatchers("/management/**")
                        .access(AuthorizationManagers.allOf(
                                AuthorityAuthorizationManager.hasAuthority(Factors.TOTP),
                                AuthorityAuthorizationManager.hasAnyRole("LEIDINGGEVENDE", "BEHEERDER")))
                        .requestMatchers("/veilig-thuis/**")
                        .access(AuthorizationManagers.allOf(
                                AuthorityAuthorizationManager.hasAuthority(Factors.TOTP),
                                AuthorityAuthorizationManager.hasAnyRole(
                                        "VT_MEDEWERKER", "GEDRAGSWETENSCHAPPER", "VT_TEAMLEIDER")))
                        .anyRequest()
                        .hasAuthority(Factors.TOTP))
                .formLogin(f -> f.loginPage("/inloggen")
                        .loginProcessingUrl("/inloggen")
                        .usernameParameter("gebruikersnaam")
                        .passwordParameter("wachtwoord")
                        .successHandler((request, response, auth) -> response.sendRedirect(
                                identity.secondFactorEnrolled(((Actor) auth.getPrincipal()).userId())
                                        ? "/tweede-factor"
                                        : "/tweede-factor/instellen"))
                        .failureHandler((request, response, e) -> response.sendRedirect(
                                e instanceof PasswordAuthenticationProvider.LoginThrottledException
                                        ? "/inloggen?afgeremd"
                                        : "/inloggen?fout")))
                .logout(l -> l.logoutUrl("/uitloggen")
                        .addLogoutHandler((request, response, auth) -> {
                            if (auth != null && auth.getPrincipal() instanceof Actor actor) {
                                identity.logout(actor);
                            }
                        })
                        .logoutSuccessUrl("/inloggen?uitgelogd"))
                .exceptionHandling(e -> e.accessDeniedHandler(deniedHandler(accessLog, expired, owners)))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(SecurityHeaders.PAGE_POLICY))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)))
                .addFilterBefore(
                        new SessionLifetimeFilter(absoluteLifetime, clock, expired), SecurityContextHolderFilter.class);
        return http.build();
    }

    private static AuthorizationManager<RequestAuthorizationContext> secondFactorAnd(String role) {
        return AuthorizationManagers.allOf(
                AuthorityAuthorizationManager.hasAuthority(Factors.TOTP), AuthorityAuthorizationManager.hasRole(role));
    }

    /**
     * A missing or wrong CSRF token because the session ended while the form was open: the login, back to the form
     * afterwards ({@link ExpiredSession}; no access-log row, nothing was read). Any other missing or wrong CSRF
     * token: 403, whoever asks. Without the second factor: go and give it. With it: the page is not for this role;
     * log and answer 403. When the address names a record (a dossier, a case, a member, a team), the row is for the
     * record's organisation as well (ADR-0021, ADR-0042); the answer stays the same 403.
     */
    private static AccessDeniedHandler deniedHandler(
            AccessLog accessLog, ExpiredSession expired, List<RecordOwners> owners) {
        return (request, response, denied) -> {
            if (denied instanceof CsrfException) {
                if (ExpiredSession.ended(request)) {
                    expired.toLogin(request, response);
                    return;
                }
                sendForbidden(response);
                return;
            }
            Authentication auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .getAuthentication();
            if (auth == null || !Factors.hasSecondFactor(auth)) {
                response.sendRedirect("/tweede-factor");
                return;
            }
            if (auth.getPrincipal() instanceof Actor actor) {
                accessLog.recordDenial(AccessEvent.by(actor, "web.page", ActionCode.R)
                        .on("pagina", shortened(request.getRequestURI()))
                        .ownedBy(RecordOwners.ownerOfAny(owners, ids(request.getRequestURI()))
                                .orElse(null)));
            }
            sendForbidden(response);
        };
    }

    /**
     * The first ids in a page's address, in order ({@code /dossiers/{id}/...}): no route has more than two, and a
     * refused address full of ids must not cost a lookup each.
     */
    static List<UUID> ids(String uri) {
        List<UUID> ids = new ArrayList<>();
        Matcher m = ID.matcher(uri);
        while (ids.size() < MAX_IDS && m.find()) {
            ids.add(UUID.fromString(m.group()));
        }
        return ids;
    }

    /** The address as the row keeps it: at most {@value #MAX_ADDRESS} characters of what the asker typed. */
    static String shortened(String uri) {
        return uri.length() <= MAX_ADDRESS ? uri : uri.substring(0, MAX_ADDRESS) + "…";
    }

    private static void sendForbidden(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
