package nl.schakel.shared.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns "data folder in use" into Spring Boot's short start-up failure report instead of a long stack trace. */
class DataFolderInUseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedPostgresServer.DataFolderInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPostgresServer.DataFolderInUseException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Stop the other Schakel, or give this one its own folder, for example:"
                        + " ./mvnw spring-boot:run -Dspring-boot.run.arguments=--schakel.database.embedded.data-dir=./data2",
                cause);
    }
}
