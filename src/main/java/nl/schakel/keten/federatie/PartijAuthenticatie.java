package nl.schakel.keten.federatie;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.audit.Outcome;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * X.509 client-certificate authentication of a party. The TLS handshake of the federation connector has already
 * checked the certificate against the truststore; this filter reads the OIN from its subject ({@link Oin}) and
 * authenticates the {@link Partij} with that OIN as the principal ({@code @AuthenticationPrincipal Partij van}). A
 * certificate without an OIN, or with one no configured party has, is refused with 403 problem+json and an access-log
 * row {@value #EVENT} (object: the OIN, or {@code geen-oin}; purpose: the certificate's serial number and issuer).
 * Spring Security's own {@code X509AuthenticationFilter} makes a {@code UserDetails} principal; a party is none.
 */
final class PartijAuthenticatie extends OncePerRequestFilter {

    static final String EVENT = "keten.federatie.toegang";
    static final String ROL = "ROLE_FEDERATIE_PARTIJ";
    private static final String CERTIFICATEN = "jakarta.servlet.request.X509Certificate";

    private final Partijen partijen;
    private final AccessLog accessLog;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    PartijAuthenticatie(Partijen partijen, AccessLog accessLog) {
        this.partijen = partijen;
        this.accessLog = accessLog;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!(request.getAttribute(CERTIFICATEN) instanceof X509Certificate[] keten) || keten.length == 0) {
            weiger(response);
            return;
        }
        X509Certificate certificaat = keten[0];
        Optional<String> oin = Oin.uit(certificaat);
        Optional<Partij> partij = oin.flatMap(partijen::vanOin);
        if (partij.isEmpty()) {
            accessLog.recordDenial(AccessEvent.anonymous(EVENT, ActionCode.E, Outcome.GEWEIGERD)
                    .on("partij", oin.orElse("geen-oin"))
                    .purpose("certificaat %s van %s"
                            .formatted(
                                    certificaat.getSerialNumber().toString(16),
                                    certificaat.getIssuerX500Principal().getName())));
            weiger(response);
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new PreAuthenticatedAuthenticationToken(
                partij.get(), certificaat, List.of(new SimpleGrantedAuthority(ROL))));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }

    static void weiger(HttpServletResponse response) throws IOException {
        Probleem.schrijf(
                response,
                HttpStatus.FORBIDDEN,
                "Geen toegang",
                "Het certificaat hoort niet bij een partij die deze Schakel-installatie kent.");
    }
}
