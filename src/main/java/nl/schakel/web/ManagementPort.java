package nl.schakel.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The management port (metrics, on loopback only) follows the application port unless it is set: {@code server.port}
 * + {@value #OFFSET}, so the default is 18080 for 8080, a second node with {@code SERVER_PORT=8090} gets 18090
 * without a second setting, and nothing clashes with the many tools that take 8081. A random application port
 * ({@code 0}) gives a random management port. {@code management.server.port} (or {@code SCHAKEL_MANAGEMENT_PORT})
 * still wins.
 */
class ManagementPort implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "management.server.port";
    static final String VARIABLE = "SCHAKEL_MANAGEMENT_PORT";
    static final int OFFSET = 10_000;
    static final int DEFAULT_SERVER_PORT = 8080;
    private static final int MAX_PORT = 65_535;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(PROPERTY)) {
            return;
        }
        String port = environment.getProperty(VARIABLE);
        if (port == null || port.isBlank()) {
            String serverPort = environment.getProperty("server.port");
            if (serverPort != null && !serverPort.strip().matches("-?\\d{1,9}")) {
                return; // not a number: Spring Boot reports server.port itself
            }
            port = Integer.toString(derive(serverPort));
        }
        environment
                .getPropertySources()
                .addLast(new MapPropertySource("schakelManagementPort", Map.of(PROPERTY, port)));
    }

    /**
     * The management port for an application port: {@value #OFFSET} above it, or below it when that would pass
     * 65535; random (0) for a random application port.
     */
    static int derive(@Nullable String serverPort) {
        int server =
                serverPort == null || serverPort.isBlank() ? DEFAULT_SERVER_PORT : Integer.parseInt(serverPort.strip());
        if (server <= 0) {
            return 0;
        }
        return server + OFFSET <= MAX_PORT ? server + OFFSET : server - OFFSET;
    }

    /** After the configuration files and the command line are read, so that an explicit setting is seen. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
