package nl.schakel.keten.federatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import nl.schakel.TestCa;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The federation connector and client over real TLS on loopback, with certificates of a test CA: a known party gets in
 * and is named by the OIN in its certificate; a certificate of another CA, no certificate, TLS 1.1, a TLS 1.2 cipher
 * suite outside the profile and a server that is not the party meant are refused in the handshake; a valid certificate with an OIN no party has gets 403 and an
 * access-log row; {@code /federatie/**} is not on the normal port and nothing else is on the federation port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FederatieTlsIT {

    static final String EIGEN_OIN = "00000001000000000010";
    static final String NOORD_OIN = "00000001000000000020";
    static final String ONBEKEND_OIN = "00000001000000000099";

    static final Path DIR;
    static final TestCa CA;
    static final Path EIGEN;
    static final Path NOORD;
    static final Path ONBEKEND;
    static final Path NOORD_VAN_ANDERE_CA;
    static final int POORT;

    static {
        try {
            DIR = Files.createTempDirectory("federatie-tls");
            CA = TestCa.create(DIR.resolve("ca"));
            EIGEN = CA.party("School", EIGEN_OIN);
            NOORD = CA.party("Veilig Thuis Noord", NOORD_OIN);
            ONBEKEND = CA.party("Onbekend", ONBEKEND_OIN);
            NOORD_VAN_ANDERE_CA =
                    TestCa.create(DIR.resolve("ander"), "Andere CA").party("Veilig Thuis Noord", NOORD_OIN);
            try (ServerSocket vrij = new ServerSocket(0)) {
                POORT = vrij.getLocalPort();
            }
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void federatie(DynamicPropertyRegistry properties) {
        properties.add("schakel.federatie.enabled", () -> "true");
        properties.add("schakel.federatie.oin", () -> EIGEN_OIN);
        properties.add("schakel.federatie.poort", () -> POORT);
        properties.add("schakel.federatie.keystore", EIGEN::toString);
        properties.add("schakel.federatie.keystore-wachtwoord", () -> TestCa.WACHTWOORD);
        properties.add("schakel.federatie.truststore", () -> CA.truststore().toString());
        properties.add("schakel.federatie.truststore-wachtwoord", () -> TestCa.WACHTWOORD);
        properties.add("schakel.federatie.partijen[0].oin", () -> NOORD_OIN);
        properties.add("schakel.federatie.partijen[0].naam", () -> "Veilig Thuis Noord");
        properties.add("schakel.federatie.partijen[0].url", () -> "https://127.0.0.1:1");
    }

    @AfterAll
    static void ruimOp() throws IOException {
        FileSystemUtils.deleteRecursively(DIR);
    }

    @LocalServerPort
    int normalePoort;

    @Autowired
    JdbcTemplate jdbc;

    /** This instance as another party sees it. */
    private static Partij hier(String oin) {
        return new Partij(oin, "School", URI.create("https://localhost:" + POORT), Map.of(), java.util.Set.of(), false);
    }

    @Test
    void aKnownPartyIsNamedByTheOinInItsCertificate() throws Exception {
        FederatieAntwoord antwoord = client(NOORD).post(hier(EIGEN_OIN), "/federatie/v1/ping", "{}".getBytes());

        assertThat(antwoord.status()).isEqualTo(200);
        assertThat(antwoord.geslaagd()).isTrue();
        assertThat(new String(antwoord.body(), StandardCharsets.UTF_8))
                .contains("\"van\":\"" + NOORD_OIN + "\"")
                .contains("\"aan\":\"" + EIGEN_OIN + "\"");
    }

    @Test
    void aCertificateOfAnotherCaIsRefusedInTheHandshake() {
        assertThatThrownBy(() -> client(NOORD_VAN_ANDERE_CA).post(hier(EIGEN_OIN), "/federatie/v1/ping", new byte[0]))
                .isInstanceOf(FederatieOnbereikbaar.class)
                .satisfies(e -> assertThat(((FederatieOnbereikbaar) e).reden()).doesNotContain(NOORD_OIN));
        assertThatThrownBy(() -> request(socket(NOORD_VAN_ANDERE_CA, "TLSv1.3"), "/federatie/v1/ping"))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> request(socket(NOORD_VAN_ANDERE_CA, "TLSv1.2"), "/federatie/v1/ping"))
                .isInstanceOf(IOException.class);
    }

    @Test
    void noClientCertificateIsRefusedInTheHandshake() {
        assertThatThrownBy(() -> request(socket(null, "TLSv1.3"), "/federatie/v1/ping"))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> request(socket(null, "TLSv1.2"), "/federatie/v1/ping"))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aValidCertificateWithAnUnknownOinGets403AndIsLogged() throws Exception {
        FederatieAntwoord antwoord = client(ONBEKEND).post(hier(EIGEN_OIN), "/federatie/v1/ping", "{}".getBytes());

        assertThat(antwoord.status()).isEqualTo(403);
        assertThat(new String(antwoord.body(), StandardCharsets.UTF_8))
                .contains("\"status\":403")
                .contains("Het certificaat hoort niet bij een partij die deze Schakel-installatie kent.");
        List<Map<String, Object>> rijen = jdbc.queryForList(
                "SELECT outcome, object_type, access_point, purpose FROM audit.access_log"
                        + " WHERE event = 'keten.federatie.toegang' AND object_id = ?",
                ONBEKEND_OIN);
        assertThat(rijen).hasSize(1);
        assertThat(rijen.getFirst())
                .containsEntry("outcome", "GEWEIGERD")
                .containsEntry("object_type", "partij")
                .containsEntry("access_point", "127.0.0.1");
        assertThat((String) rijen.getFirst().get("purpose")).contains("Schakel Test-CA");
    }

    @Test
    void theClientRefusesAServerThatIsNotThePartyMeant() {
        assertThatThrownBy(() -> client(NOORD).post(hier(ONBEKEND_OIN), "/federatie/v1/ping", "{}".getBytes()))
                .isInstanceOf(FederatieOnbereikbaar.class);
    }

    @Test
    void federatieIsNotOnTheNormalPortAndNothingElseIsOnTheFederationPort() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> normaal = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + normalePoort + "/federatie/v1/ping"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(normaal.statusCode()).isEqualTo(404);
        }
        assertThat(request(socket(NOORD, "TLSv1.3"), "/inloggen")).startsWith("HTTP/1.1 404");
        assertThat(request(socket(NOORD, "TLSv1.3"), "/federatie/v1/ping")).startsWith("HTTP/1.1 200");
    }

    @Test
    void tls12And13AreSpokenAndTls11IsRefused() throws Exception {
        assertThat(request(socket(NOORD, "TLSv1.2"), "/federatie/v1/ping")).startsWith("HTTP/1.1 200");
        assertThat(request(socket(NOORD, "TLSv1.3"), "/federatie/v1/ping")).startsWith("HTTP/1.1 200");
        // the JDK client will not offer TLS 1.1 any more, so the ClientHello is written by hand
        assertThat(antwoordOpClientHello(0x02)).as("TLS 1.1").isNotEqualTo(HANDSHAKE);
        assertThat(antwoordOpClientHello(0x01)).as("TLS 1.0").isNotEqualTo(HANDSHAKE);
    }

    @Test
    void tls12WithoutForwardSecrecyOrWithoutAuthenticatedEncryptionIsRefused() throws Exception {
        SSLSocket gcm = socket(NOORD, "TLSv1.2");
        gcm.setEnabledCipherSuites(new String[] {"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"});
        assertThat(request(gcm, "/federatie/v1/ping")).startsWith("HTTP/1.1 200");

        SSLSocket cbc = socket(NOORD, "TLSv1.2");
        cbc.setEnabledCipherSuites(new String[] {"TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256"});
        assertThatThrownBy(() -> request(cbc, "/federatie/v1/ping")).isInstanceOf(IOException.class);
        SSLSocket dhe = socket(NOORD, "TLSv1.2");
        dhe.setEnabledCipherSuites(new String[] {"TLS_DHE_RSA_WITH_AES_128_CBC_SHA256"});
        assertThatThrownBy(() -> request(dhe, "/federatie/v1/ping")).isInstanceOf(IOException.class);
    }

    private static FederatieClient client(Path keystore) {
        FederatieInstellingen instellingen = new FederatieInstellingen(
                true,
                NOORD_OIN,
                "127.0.0.1",
                1,
                keystore.toString(),
                TestCa.WACHTWOORD,
                CA.truststore().toString(),
                TestCa.WACHTWOORD,
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                List.of());
        return new FederatieClient(instellingen, new FederatieSleutels(instellingen));
    }

    private static SSLSocket socket(@Nullable Path keystore, String protocol) throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        KeyStore store = KeyStore.getInstance("PKCS12");
        if (keystore == null) {
            store.load(null, null);
        } else {
            try (InputStream in = Files.newInputStream(keystore)) {
                store.load(in, TestCa.WACHTWOORD.toCharArray());
            }
        }
        keys.init(store, TestCa.WACHTWOORD.toCharArray());
        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(CA.truststore())) {
            trust.load(in, TestCa.WACHTWOORD.toCharArray());
        }
        TrustManagerFactory trusted = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trusted.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trusted.getTrustManagers(), null);
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", POORT);
        socket.setSoTimeout(10_000);
        socket.setEnabledProtocols(new String[] {protocol});
        return socket;
    }

    /** Sends a GET and returns the answer; an {@link IOException} when the connection is refused on the way. */
    private static String request(SSLSocket socket, String path) throws IOException {
        try (socket) {
            socket.startHandshake();
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            if (answer.isEmpty()) {
                throw new IOException("connection closed without an answer");
            }
            return answer;
        }
    }

    private static final int HANDSHAKE = 0x16;

    /**
     * Writes a minimal ClientHello for TLS 1.{@code minor - 1} and returns the content type of the first record that
     * comes back: {@code 0x16} (a ServerHello) when the version is accepted, {@code 0x15} (an alert) or {@code -1}
     * (closed) when it is refused.
     */
    private static int antwoordOpClientHello(int minor) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        byte[] suites = {(byte) 0xC0, 0x13, (byte) 0xC0, 0x14, 0x00, 0x2F, 0x00, 0x35};
        int bodyLength = 2 + 32 + 1 + 2 + suites.length + 2;
        java.io.ByteArrayOutputStream hello = new java.io.ByteArrayOutputStream();
        hello.write(new byte[] {0x16, 0x03, 0x01, 0, (byte) (bodyLength + 4)});
        hello.write(new byte[] {0x01, 0, 0, (byte) bodyLength, 0x03, (byte) minor});
        hello.write(random);
        hello.write(new byte[] {0, 0, (byte) suites.length});
        hello.write(suites);
        hello.write(new byte[] {0x01, 0x00});
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", POORT), 5_000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(hello.toByteArray());
            socket.getOutputStream().flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            try {
                return in.read();
            } catch (java.net.SocketException e) {
                return -1;
            }
        }
    }
}
