package nl.schakel.keten.federatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import javax.security.auth.x500.X500Principal;
import nl.schakel.TestCa;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OIN read from a certificate subject, whichever way the subject is written, and the test CA's certificates. */
class OinTests {

    static final String OIN = "00000001003214345000";

    @Test
    void theSerialNumberAttributeByNameOrByOid() {
        assertThat(Oin.uit("CN=Veilig Thuis Noord,SERIALNUMBER=" + OIN + ",O=VT Noord,C=NL"))
                .contains(OIN);
        assertThat(Oin.uit("CN=Veilig Thuis Noord,serialNumber=" + OIN)).contains(OIN);
        assertThat(Oin.uit("CN=Veilig Thuis Noord,OID.2.5.4.5=" + OIN)).contains(OIN);
        assertThat(Oin.uit("CN=Veilig Thuis Noord,2.5.4.5=" + OIN)).contains(OIN);
    }

    @Test
    void aDerEncodedValueAsTheJdkWritesAnAttributeItHasNoNameFor() {
        X500Principal subject = new X500Principal("CN=Noord, OID.2.5.4.5=" + OIN + ", C=NL");

        // without a name for the OID the JDK writes RFC 2253 as 2.5.4.5=#<DER hex>
        assertThat(subject.getName(X500Principal.RFC2253)).contains("2.5.4.5=#");
        assertThat(Oin.uit(subject.getName(X500Principal.RFC2253))).contains(OIN);
        assertThat(Oin.uit(subject)).contains(OIN);
    }

    @Test
    void noOinWhenMissingTwiceOrNotTwentyDigits() {
        assertThat(Oin.uit("CN=Noord,O=VT Noord,C=NL")).isEmpty();
        assertThat(Oin.uit("CN=Noord,SERIALNUMBER=" + OIN + ",SERIALNUMBER=00000001000000000002"))
                .isEmpty();
        assertThat(Oin.uit("CN=Noord,SERIALNUMBER=1234")).isEmpty();
        assertThat(Oin.uit("CN=Noord,SERIALNUMBER=0000000100321434500A")).isEmpty();
        // the OIN in the common name is not the OIN
        assertThat(Oin.uit("CN=" + OIN + ",O=VT Noord")).isEmpty();
        assertThat(Oin.uit("not a name")).isEmpty();
    }

    @Test
    void theTestCaIssuesAPartyCertificateWithItsOinThatChainsToTheCa(@TempDir Path dir) throws Exception {
        TestCa ca = TestCa.create(dir);
        Path keystore = ca.party("Veilig Thuis Noord", OIN);

        assertThat(keystore.getFileName()).hasToString("veilig-thuis-noord.p12");
        KeyStore store = load(keystore);
        assertThat(store.isKeyEntry("veilig-thuis-noord")).isTrue();
        X509Certificate certificaat = (X509Certificate) store.getCertificate("veilig-thuis-noord");
        assertThat(Oin.uit(certificaat)).contains(OIN);
        assertThat(certificaat.getSubjectX500Principal().getName()).contains("CN=Veilig Thuis Noord");
        assertThat(certificaat.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2");
        assertThat(certificaat.getSubjectAlternativeNames())
                .extracting(name -> (Object) name.get(1))
                .containsExactlyInAnyOrder("127.0.0.1", "localhost");
        assertThat(store.getCertificateChain("veilig-thuis-noord")).hasSize(2);

        X509Certificate trusted = (X509Certificate) load(ca.truststore()).getCertificate("ca");
        validate(certificaat, trusted);
        X509Certificate ander = TestCa.create(dir.resolve("ander"), "Andere CA").certificaat();
        assertThatThrownBy(() -> validate(certificaat, ander)).isInstanceOf(CertPathValidatorException.class);
    }

    private static void validate(X509Certificate certificaat, X509Certificate ca) throws Exception {
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(ca, null)));
        parameters.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX")
                .validate(CertificateFactory.getInstance("X.509").generateCertPath(List.of(certificaat)), parameters);
    }

    private static KeyStore load(Path path) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(path)) {
            store.load(in, TestCa.WACHTWOORD.toCharArray());
        }
        return store;
    }
}
