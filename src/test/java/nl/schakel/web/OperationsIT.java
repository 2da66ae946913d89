package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/** Health is public on the application port; metrics are on the loopback-only management port, not the app port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsIT {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    Environment environment;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void livenessAndReadinessArePublicOnTheApplicationPort() throws Exception {
        assertThat(get(port, "/livez").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = get(port, "/readyz");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("UP");
    }

    @Test
    void prometheusMetricsAreOnTheManagementPortOnly() throws Exception {
        HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");

        HttpResponse<String> onAppPort = get(port, "/actuator/prometheus");
        assertThat(onAppPort.statusCode()).isNotEqualTo(200);
        assertThat(onAppPort.body()).doesNotContain("jvm_memory_used_bytes");
    }

    @Test
    void theManagementPortIsBoundToLoopbackOnly() throws Exception {
        assertThat(InetAddress.getByName(environment.getProperty("management.server.address"))
                        .isLoopbackAddress())
                .as("management.server.address")
                .isTrue();
        List<InetAddress> elders = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress() && a instanceof Inet4Address)
                .toList();
        for (InetAddress adres : elders) {
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(adres, managementPort), 2000))
                        .as("the management port on " + adres.getHostAddress())
                        .isInstanceOf(IOException.class);
            }
        }
    }

    private HttpResponse<String> get(int onPort, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + onPort + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
