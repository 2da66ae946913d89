package nl.schakel.keten.federatie;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The client's trust in the party it calls: the JDK's PKIX check against the truststore (with the host name check the
 * HTTP client asks for), and then that the server certificate carries the OIN of the party meant, so an address that
 * points at another party, even one with a valid certificate, is refused in the handshake.
 */
final class PartijVertrouwen extends X509ExtendedTrustManager {

    private final X509ExtendedTrustManager pkix;
    private final String oin;

    PartijVertrouwen(X509ExtendedTrustManager pkix, String oin) {
        this.pkix = pkix;
        this.oin = oin;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        pkix.checkServerTrusted(chain, authType, engine);
        vanPartij(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        pkix.checkServerTrusted(chain, authType, socket);
        vanPartij(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        pkix.checkServerTrusted(chain, authType);
        vanPartij(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("client side only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("client side only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("client side only");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return pkix.getAcceptedIssuers();
    }

    private void vanPartij(X509Certificate[] chain) throws CertificateException {
        Optional<String> server = chain.length == 0 ? Optional.empty() : Oin.uit(chain[0]);
        if (!server.equals(Optional.of(oin))) {
            throw new CertificateException("server certificate is not of the party called");
        }
    }
}
