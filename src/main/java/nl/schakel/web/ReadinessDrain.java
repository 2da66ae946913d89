package nl.schakel.web;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On {@code SIGTERM} Spring Boot reports the node as not ready ({@code /readyz} 503) and at once stops the web server
 * taking requests (graceful shutdown, ADR-0022). A load balancer only learns that the node is going at its next health
 * check, and until then it sends new requests to a port that no longer takes them: a POST that HAProxy may not retry
 * elsewhere fails. This lifecycle stops first (its phase is above the web server's) and keeps serving for
 * {@code schakel.shutdown.drain} (default 2 s) while {@code /readyz} already says 503, so the load balancer takes the
 * node out before the connector stops (ADR-0039). 0 turns the wait off (a single node, or a test).
 */
@Component
class ReadinessDrain implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReadinessDrain.class);

    /** Stopped before the web server's graceful shutdown: lifecycles stop from the highest phase down. */
    static final int PHASE = WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE + 1;

    private final Duration drain;
    private volatile boolean running;

    ReadinessDrain(@Value("${schakel.shutdown.drain:2s}") Duration drain) {
        this.drain = drain.isNegative() ? Duration.ZERO : drain;
    }

    @Override
    public void start() {
        running = true;
    }

    /** Keeps serving for the drain time; readiness is already down (Spring Boot published it at the close). */
    @Override
    public void stop() {
        running = false;
        if (drain.isZero()) {
            return;
        }
        log.info("Not ready any more; serving {} ms more before the web server stops", drain.toMillis());
        try {
            Thread.sleep(drain);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    Duration drain() {
        return drain;
    }
}
