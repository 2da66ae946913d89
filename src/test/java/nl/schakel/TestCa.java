package nl.schakel;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Locale;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority made by a test, shaped like the PKIoverheid certificates Digikoppeling parties use (ADR-0025):
 * a party certificate names the party in CN and O and carries its OIN in the subject's SERIALNUMBER (OID 2.5.4.5), is
 * valid for 127.0.0.1 and localhost, and may be used by a TLS server and a TLS client. Everything is written as PKCS12
 * files protected by {@link #WACHTWOORD} into the folder given:
 *
 * <pre>{@code
 * TestCa ca = TestCa.create(tempDir);                 // ca.pem and truststore.p12 (the CA certificate)
 * Path school = ca.party("School", "00000001000000000001");  // school.p12: private key + chain (alias school)
 * TestCa ander = TestCa.create(tempDir.resolve("ander"), "Andere CA");  // an unrelated CA, for refusals
 * }</pre>
 *
 * <p>{@code scripts/federatie.sh} makes certificates of the same shape with keytool.
 */
public final class TestCa {

    /** The password of every keystore and truststore this CA writes (and of the keys in them). */
    public static final String WACHTWOORD = "testca-geheim";

    private static final String SIGNATURE = "SHA256withRSA";
    private static final Duration GELDIG = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;
    private final KeyPair sleutels;
    private final X509Certificate certificaat;

    private TestCa(Path dir, KeyPair sleutels, X509Certificate certificaat) {
        this.dir = dir;
        this.sleutels = sleutels;
        this.certificaat = certificaat;
    }

    /** A new CA "Schakel Test-CA" writing into the folder (made when missing). */
    public static TestCa create(Path dir) {
        return create(dir, "Schakel Test-CA");
    }

    /** A new CA with this name writing into the folder (made when missing); use a folder of its own per CA. */
    public static TestCa create(Path dir, String naam) {
        try {
            Files.createDirectories(dir);
            KeyPair sleutels = sleutelpaar();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.C, "NL")
                    .addRDN(BCStyle.O, naam)
                    .addRDN(BCStyle.CN, naam)
                    .build();
            X509v3CertificateBuilder builder = builder(subject, subject, sleutels.getPublic());
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(
                            Extension.subjectKeyIdentifier,
                            false,
                            utils.createSubjectKeyIdentifier(sleutels.getPublic()));
            X509Certificate certificaat = teken(builder, sleutels.getPrivate());
            TestCa ca = new TestCa(dir, sleutels, certificaat);
            ca.schrijfTruststore();
            Files.writeString(dir.resolve("ca.pem"), pem(certificaat), StandardCharsets.US_ASCII);
            return ca;
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("test CA not made", e);
        }
    }

    /**
     * Issues a certificate for a party and writes {@code <name>.p12} (lower case, other characters than letters and
     * digits as {@code -}) with its private key and the chain up to this CA, under the alias of the same name.
     *
     * @return the path of the keystore
     */
    public Path party(String name, String oin) {
        try {
            KeyPair eigen = sleutelpaar();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.C, "NL")
                    .addRDN(BCStyle.O, name)
                    .addRDN(BCStyle.SERIALNUMBER, oin)
                    .addRDN(BCStyle.CN, name)
                    .build();
            X509v3CertificateBuilder builder = builder(
                    X500Name.getInstance(certificaat.getSubjectX500Principal().getEncoded()),
                    subject,
                    eigen.getPublic());
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(
                            Extension.keyUsage,
                            true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(new KeyPurposeId[] {
                        KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth
                    }))
                    .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                        new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                        new GeneralName(GeneralName.dNSName, "localhost")
                    }))
                    .addExtension(
                            Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(eigen.getPublic()))
                    .addExtension(
                            Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(certificaat));
            X509Certificate party = teken(builder, sleutels.getPrivate());
            String alias = bestandsnaam(name);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(
                    alias, eigen.getPrivate(), WACHTWOORD.toCharArray(), new Certificate[] {party, certificaat});
            return schrijf(store, alias + ".p12");
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("party certificate not made", e);
        }
    }

    /** The PKCS12 truststore holding this CA's certificate. */
    public Path truststore() {
        return dir.resolve("truststore.p12");
    }

    /** This CA's certificate. */
    public X509Certificate certificaat() {
        return certificaat;
    }

    private void schrijfTruststore() throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("ca", certificaat);
        schrijf(store, truststore().getFileName().toString());
    }

    private Path schrijf(KeyStore store, String bestand) throws GeneralSecurityException, IOException {
        Path path = dir.resolve(bestand);
        try (OutputStream out = Files.newOutputStream(path)) {
            store.store(out, WACHTWOORD.toCharArray());
        }
        return path;
    }

    private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, PublicKey key) {
        Instant now = Instant.now();
        return new JcaX509v3CertificateBuilder(
                issuer,
                new BigInteger(64, RANDOM).abs().add(BigInteger.ONE),
                Date.from(now.minus(Duration.ofHours(1))),
                Date.from(now.plus(GELDIG)),
                subject,
                key);
    }

    private static X509Certificate teken(X509v3CertificateBuilder builder, PrivateKey key)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE).build(key)));
    }

    private static KeyPair sleutelpaar() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, RANDOM);
        return generator.generateKeyPair();
    }

    private static String pem(X509Certificate certificaat) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(certificaat.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bestandsnaam(String naam) {
        return naam.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
