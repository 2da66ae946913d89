package nl.schakel.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command-line verifier: {@code java -jar schakel.jar --verify-access-log} (or
 * {@code ./mvnw spring-boot:run -Dspring-boot.run.arguments=--verify-access-log}) checks every chain from its first row, whatever the checkpoints say (ADR-0034), prints
 * the first broken link and exits with 0 (intact) or 3 (broken).
 */
@Component
class AccessLogVerifierCommand implements ApplicationRunner {

    static final String OPTION = "verify-access-log";

    private final AccessLog accessLog;
    private final ConfigurableApplicationContext context;

    AccessLogVerifierCommand(AccessLog accessLog, ConfigurableApplicationContext context) {
        this.accessLog = accessLog;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        ChainVerificationResult result = accessLog.verifyFullChain();
        System.out.println(
                result.intact()
                        ? "Access log intact: " + result.checked() + " rows checked."
                        : "Access log BROKEN: first broken link at seq " + result.firstBrokenSeq() + " ("
                                + result.checked() + " rows checked).");
        int code = result.intact() ? 0 : 3;
        System.exit(org.springframework.boot.SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
    }
}
