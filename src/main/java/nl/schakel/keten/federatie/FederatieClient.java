package nl.schakel.keten.federatie;

import java.net.URI;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Sends a message to another party over mutual TLS (Digikoppeling, ADR-0025): the JDK's {@link HttpClient} under
 * Spring's {@link RestClient}, presenting this instance's certificate, trusting only the truststore's CA, speaking TLS
 * 1.3 or 1.2 with the suites of {@link TlsProfiel}, checking the host name against the certificate and the OIN in the certificate against the party's
 * ({@link PartijVertrouwen}), within {@code schakel.federatie.verbind-timeout} and {@code lees-timeout}.
 *
 * <p>Any answer is returned with its status, a 4xx or 5xx included: the caller decides. Only when no answer came does
 * {@link #post} throw {@link FederatieOnbereikbaar}. One HTTP client per party, kept for the life of the application.
 */
@Component
public class FederatieClient implements DisposableBean {

    private final FederatieInstellingen instellingen;
    private final FederatieSleutels sleutels;
    private final Map<String, Verbinding> verbindingen = new ConcurrentHashMap<>();

    FederatieClient(FederatieInstellingen instellingen, FederatieSleutels sleutels) {
        this.instellingen = instellingen;
        this.sleutels = sleutels;
    }

    /**
     * POSTs the JSON body to the party at the path ({@code /federatie/...}) and returns its answer.
     *
     * @throws FederatieOnbereikbaar when no answer came (connection, TLS handshake, timeout)
     * @throws IllegalArgumentException when the path is not under {@code /federatie/}
     * @throws IllegalStateException when federation is off
     */
    public FederatieAntwoord post(Partij aan, String pad, byte[] json) throws FederatieOnbereikbaar {
        if (!pad.startsWith(FederatiePoort.PAD + "/")) {
            throw new IllegalArgumentException("path outside " + FederatiePoort.PAD + "/");
        }
        Verbinding verbinding = verbindingen.computeIfAbsent(aan.oin(), oin -> verbinding(aan));
        try {
            return verbinding
                    .rest()
                    .post()
                    .uri(adres(aan.url(), pad))
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .body(json)
                    .exchange((request, response) -> new FederatieAntwoord(
                            response.getStatusCode().value(), response.getBody().readAllBytes()));
        } catch (ResourceAccessException e) {
            throw new FederatieOnbereikbaar(e);
        }
    }

    static URI adres(URI basis, String pad) {
        String tekst = basis.toString();
        return URI.create((tekst.endsWith("/") ? tekst.substring(0, tekst.length() - 1) : tekst) + pad);
    }

    private Verbinding verbinding(Partij aan) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(
                    sleutels.keyManagers(),
                    new TrustManager[] {new PartijVertrouwen(sleutels.pkix(), aan.oin())},
                    null);
            SSLParameters parameters = new SSLParameters();
            parameters.setProtocols(TlsProfiel.PROTOCOLLEN);
            parameters.setCipherSuites(TlsProfiel.CIPHER_SUITES);
            HttpClient http = HttpClient.newBuilder()
                    .sslContext(context)
                    .sslParameters(parameters)
                    .connectTimeout(instellingen.verbindTimeout())
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
            factory.setReadTimeout(instellingen.leesTimeout());
            return new Verbinding(
                    http, RestClient.builder().requestFactory(factory).build());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS context for the federation client", e);
        }
    }

    @Override
    public void destroy() {
        verbindingen.values().forEach(v -> v.http().close());
        verbindingen.clear();
    }

    private record Verbinding(HttpClient http, RestClient rest) {}
}
