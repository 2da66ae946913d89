package nl.schakel.web;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * A port that is taken at start-up: says which of Schakel's two ports it is and which setting moves it, instead of
 * Spring Boot's general advice. Before Boot's own analyser of the same failure.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortInUseFailureAnalyzer extends AbstractFailureAnalyzer<PortInUseException> {

    private final @Nullable Environment environment;

    PortInUseFailureAnalyzer(@Nullable Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
        int port = cause.getPort();
        if (isManagementPort(port)) {
            return new FailureAnalysis(
                    "The management port " + port + " (metrics, on 127.0.0.1) is already in use by another program.",
                    "Give Schakel another management port with the setting management.server.port, for example"
                            + " --management.server.port=" + free(port) + " or the environment variable "
                            + ManagementPort.VARIABLE + "=" + free(port) + ". Without that setting it is server.port + "
                            + ManagementPort.OFFSET + ".",
                    cause);
        }
        return new FailureAnalysis(
                "The application port " + port + " is already in use by another program.",
                "Stop that program, or give Schakel another port with the setting server.port, for example"
                        + " --server.port=" + free(port) + " or the environment variable SERVER_PORT=" + free(port)
                        + ". The management port follows it (server.port + " + ManagementPort.OFFSET
                        + ") unless management.server.port is set.",
                cause);
    }

    private boolean isManagementPort(int port) {
        if (environment == null) {
            return false;
        }
        String management = environment.getProperty(ManagementPort.PROPERTY);
        return management != null && management.strip().equals(Integer.toString(port));
    }

    /** A suggestion: the next port up. */
    private static int free(int port) {
        return port < 65_535 ? port + 1 : port - 1;
    }
}
