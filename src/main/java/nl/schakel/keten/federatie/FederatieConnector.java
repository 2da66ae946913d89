package nl.schakel.keten.federatie;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.util.LambdaSafe;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The federation connector: a second Tomcat port ({@code schakel.federatie.adres}:{@code poort}) beside the normal one,
 * TLS 1.2 and 1.3 with forward-secret cipher suites only ({@link TlsProfiel}), with a client certificate REQUIRED that chains to the truststore, so a party with a certificate
 * of another CA, or none, does not get past the handshake (Digikoppeling, ADR-0025). What it serves is limited by
 * {@link FederatiePoort}: only {@code /federatie/**}, and that only here. It takes the same connector and protocol
 * settings as the normal port (header size, virtual threads), applied after Spring Boot's own customizers.
 */
@Component
@ConditionalOnBooleanProperty("schakel.federatie.enabled")
class FederatieConnector implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final FederatieInstellingen instellingen;
    private final FederatieSleutels sleutels;

    FederatieConnector(FederatieInstellingen instellingen, FederatieSleutels sleutels) {
        this.instellingen = instellingen;
        this.sleutels = sleutels;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
        connector.setPort(instellingen.poort());
        connector.setProperty("address", instellingen.adres());
        connector.setScheme("https");
        connector.setSecure(true);
        Http11NioProtocol protocol = (Http11NioProtocol) connector.getProtocolHandler();
        LambdaSafe.callbacks(TomcatProtocolHandlerCustomizer.class, factory.getProtocolHandlerCustomizers(), protocol)
                .invoke(customizer -> customizer.customize(protocol));
        factory.getConnectorCustomizers().forEach(c -> c.customize(connector));
        protocol.setSSLEnabled(true);
        protocol.addSslHostConfig(ssl());
        factory.addAdditionalConnectors(connector);
    }

    private SSLHostConfig ssl() {
        SSLHostConfig ssl = new SSLHostConfig();
        ssl.setProtocols(String.join(",", TlsProfiel.PROTOCOLLEN));
        ssl.setCiphers(String.join(",", TlsProfiel.CIPHER_SUITES));
        ssl.setHonorCipherOrder(true);
        ssl.setCertificateVerification("required");
        ssl.setTrustStore(sleutels.truststore());
        SSLHostConfigCertificate certificate =
                new SSLHostConfigCertificate(ssl, SSLHostConfigCertificate.Type.UNDEFINED);
        certificate.setCertificateKeystore(sleutels.keystore());
        certificate.setCertificateKeystorePassword(sleutels.wachtwoord());
        certificate.setCertificateKeyAlias(sleutels.alias());
        ssl.addCertificate(certificate);
        return ssl;
    }

    /** After Spring Boot's customizers, so theirs are there to copy. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
