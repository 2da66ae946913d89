package nl.schakel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

class ReadinessDrainTests {

    @Test
    void stopsBeforeTheWebServersGracefulShutdownAndAfterNothingElseOfIt() {
        ReadinessDrain drain = new ReadinessDrain(Duration.ofSeconds(2));

        assertThat(drain.getPhase())
                .as("lifecycles stop from the highest phase down")
                .isGreaterThan(WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE);
    }

    @Test
    void stopKeepsServingForTheDrainTime() {
        ReadinessDrain drain = new ReadinessDrain(Duration.ofMillis(300));
        drain.start();
        assertThat(drain.isRunning()).isTrue();

        long start = System.nanoTime();
        drain.stop();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(drain.isRunning()).isFalse();
    }

    @Test
    void zeroOrNegativeMeansNoWait() {
        assertThat(new ReadinessDrain(Duration.ZERO).drain()).isZero();
        assertThat(new ReadinessDrain(Duration.ofSeconds(-1)).drain()).isZero();
        long start = System.nanoTime();
        new ReadinessDrain(Duration.ZERO).stop();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(200));
    }
}
