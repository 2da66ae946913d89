package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.mock.env.MockEnvironment;

/**
 * The management port follows the application port unless it is set, and a port in use at start-up names the
 * setting that moves it.
 */
class ManagementPortTests {

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {"null, 18080", "8080, 18080", "8090, 18090", "80, 10080", "0, 0", "55535, 65535", "60000, 50000"})
    void derivesTheManagementPortFromTheApplicationPort(String serverPort, int expected) {
        assertThat(ManagementPort.derive(serverPort)).isEqualTo(expected);
    }

    @Test
    void aSecondNodeOnAnotherApplicationPortGetsItsOwnManagementPortWithoutASecondSetting() {
        assertThat(managementPort(Map.of("server.port", "8090"))).isEqualTo("18090");
        assertThat(managementPort(Map.of())).isEqualTo("18080");
    }

    @Test
    void anApplicationPortThatIsNoNumberIsLeftForSpringBootToReport() {
        assertThat(managementPort(Map.of("server.port", "achtduizend"))).isNull();
    }

    @Test
    void anExplicitManagementPortOrTheSchakelVariableWins() {
        assertThat(managementPort(Map.of("server.port", "8090", "management.server.port", "9999")))
                .isEqualTo("9999");
        assertThat(managementPort(Map.of("server.port", "8090", "SCHAKEL_MANAGEMENT_PORT", "7777")))
                .isEqualTo("7777");
    }

    @Test
    void aTakenManagementPortNamesTheManagementSetting() {
        MockEnvironment environment = environment(Map.of("server.port", "8080"));
        new ManagementPort().postProcessEnvironment(environment, new SpringApplication());

        FailureAnalysis analysis = new PortInUseFailureAnalyzer(environment)
                .analyze(new IllegalStateException(new PortInUseException(18080)));

        assertThat(analysis.getDescription()).contains("management port 18080").contains("already in use");
        assertThat(analysis.getAction())
                .contains("management.server.port")
                .contains("SCHAKEL_MANAGEMENT_PORT")
                .doesNotContain("SERVER_PORT=");
    }

    @Test
    void aTakenApplicationPortNamesTheApplicationSetting() {
        MockEnvironment environment = environment(Map.of("server.port", "8080"));
        new ManagementPort().postProcessEnvironment(environment, new SpringApplication());

        FailureAnalysis analysis = new PortInUseFailureAnalyzer(environment).analyze(new PortInUseException(8080));

        assertThat(analysis.getDescription()).contains("application port 8080");
        assertThat(analysis.getAction()).contains("server.port").contains("SERVER_PORT=8081");
    }

    private static String managementPort(Map<String, String> properties) {
        MockEnvironment environment = environment(properties);
        new ManagementPort().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("management.server.port");
    }

    /** Only these properties: no system environment that could hold a port of the machine the test runs on. */
    private static MockEnvironment environment(Map<String, String> properties) {
        MockEnvironment environment = new MockEnvironment();
        properties.forEach(environment::setProperty);
        return environment;
    }
}
