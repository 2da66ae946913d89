package nl.schakel.identity.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.FilterChain;
import java.util.List;
import java.util.UUID;
import nl.schakel.identity.ApiClients;
import nl.schakel.identity.TokenSigningKey;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Role;
import nl.schakel.shared.SecurityHeaders;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's security. Schakel issues access tokens itself (OAuth2 client credentials at {@code /oauth2/token}, JWTs
 * signed with a key shared by all nodes) or, with {@code schakel.api.jwt.issuer-uri}, accepts JWTs of an external
 * issuer. Every token names one tenant (claim {@value #TENANT_CLAIM}); the client acts only within it.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final String TENANT_CLAIM = "schakel_tenant";

    @Bean
    JWKSource<SecurityContext> jwkSource(TokenSigningKey keys) {
        return new ImmutableJWKSet<>(new JWKSet(keys.current()));
    }

    @Bean
    JwtDecoder jwtDecoder(TokenSigningKey keys, @Value("${schakel.api.jwt.issuer-uri:}") String externalIssuer)
            throws JOSEException {
        if (!externalIssuer.isBlank()) {
            return JwtDecoders.fromIssuerLocation(externalIssuer);
        }
        RSAKey key = keys.current();
        return NimbusJwtDecoder.withPublicKey(key.toRSAPublicKey()).build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(JdbcTemplate jdbc) {
        return new JdbcRegisteredClientRepository(jdbc);
    }

    /** Puts the client's tenant into its access token. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tenantClaim() {
        return context -> {
            Object tenant = context.getRegisteredClient().getClientSettings().getSetting(ApiClients.TENANT_SETTING);
            if (tenant != null) {
                context.getClaims().claim(TENANT_CLAIM, tenant.toString());
            }
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(
            HttpSecurity http, RegisteredClientRepository clients, AuthorizationServerSettings settings)
            throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(
                        server,
                        s -> s.registeredClientRepository(clients).authorizationService(new NoStoredAuthorizations()))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.ignoringRequestMatchers(server.getEndpointsMatcher()))
                .addFilterBefore(new OnlyClientCredentials(settings.getAuthorizationEndpoint()), CsrfFilter.class);
        return http.build();
    }

    @Bean
    @Order(10)
    SecurityFilterChain api(HttpSecurity http, JwtDecoder decoder) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/api/v1/openapi.json", "/api/v1/openapi.json/**")
                        .permitAll()
                        .anyRequest()
                        .hasRole(Role.API_KOPPELING.name()))
                .oauth2ResourceServer(o -> o.jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(this::actor))
                        .authenticationEntryPoint(problem(HttpStatus.UNAUTHORIZED))
                        .accessDeniedHandler(denied()))
                .exceptionHandling(e -> e.authenticationEntryPoint(problem(HttpStatus.UNAUTHORIZED))
                        .accessDeniedHandler(denied()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // bearer tokens are not sent by browsers on their own: no CSRF for the API
                .csrf(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(SecurityHeaders.NON_PAGE_POLICY)));
        return http.build();
    }

    /** An API client acts as an {@link Actor} with role API_KOPPELING in the tenant its token names. */
    private AbstractAuthenticationToken actor(Jwt jwt) {
        TenantId tenant = tenant(jwt.getClaimAsString(TENANT_CLAIM));
        String client = jwt.getSubject();
        Actor actor = new Actor(
                new UserId(UUID.nameUUIDFromBytes(("api:" + client).getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                client,
                client,
                Role.API_KOPPELING,
                tenant,
                null,
                null,
                null);
        return UsernamePasswordAuthenticationToken.authenticated(
                actor, jwt, List.of(new SimpleGrantedAuthority(Role.API_KOPPELING.authority())));
    }

    private static TenantId tenant(@Nullable String claim) {
        try {
            return TenantId.of(claim == null ? "" : claim);
        } catch (IllegalArgumentException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token", "token names no tenant", null));
        }
    }

    private static AuthenticationEntryPoint problem(HttpStatus status) {
        return (request, response, e) -> writeProblem(response, status);
    }

    private static AccessDeniedHandler denied() {
        return (request, response, e) -> writeProblem(response, HttpStatus.FORBIDDEN);
    }

    static void writeProblem(jakarta.servlet.http.HttpServletResponse response, HttpStatus status)
            throws java.io.IOException {
        String title = switch (status) {
            case UNAUTHORIZED -> "Niet ingelogd";
            case BAD_REQUEST -> "Dit kunnen we niet verwerken";
            default -> "Geen toegang";
        };
        String detail = switch (status) {
            case UNAUTHORIZED -> "Stuur een geldig toegangstoken mee (Authorization: Bearer ...).";
            case BAD_REQUEST ->
                "Schakel geeft alleen tokens met OAuth2 client credentials, bij POST" + " /oauth2/token.";
            default -> "Deze koppeling mag dit niet.";
        };
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
                        .formatted(title, status.value(), detail));
    }

    /**
     * Schakel's clients only use client credentials, so the authorization endpoint (authorization code) has nothing to
     * offer: a 400 problem. Without this, a request for a code with a client that has no redirect URI was a 500 in the
     * authorization server's own validation.
     */
    static final class OnlyClientCredentials extends OncePerRequestFilter {

        private final String authorizationEndpoint;

        OnlyClientCredentials(String authorizationEndpoint) {
            this.authorizationEndpoint = authorizationEndpoint;
        }

        @Override
        protected void doFilterInternal(
                jakarta.servlet.http.HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response,
                FilterChain chain)
                throws jakarta.servlet.ServletException, java.io.IOException {
            if (authorizationEndpoint.equals(request.getRequestURI())) {
                writeProblem(response, HttpStatus.BAD_REQUEST);
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /**
     * Client-credentials tokens are self-contained JWTs that are checked by signature, so nothing needs to be kept
     * per token (an in-memory store would grow without end and differ per node).
     */
    static final class NoStoredAuthorizations implements OAuth2AuthorizationService {
        @Override
        public void save(OAuth2Authorization authorization) {}

        @Override
        public void remove(OAuth2Authorization authorization) {}

        @Override
        public @Nullable OAuth2Authorization findById(String id) {
            return null;
        }

        @Override
        public @Nullable OAuth2Authorization findByToken(String token, @Nullable OAuth2TokenType tokenType) {
            return null;
        }
    }
}
