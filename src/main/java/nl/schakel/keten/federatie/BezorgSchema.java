package nl.schakel.keten.federatie;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox every {@code schakel.federatie.bezorgen} (default 2 seconds), on one node of a cluster at a time
 * (ShedLock); only when federation is enabled, so all-in-one mode polls nothing. A message is delivered sooner by the
 * nudge after its action's commit; the schedule takes the retries and whatever a crash left behind.
 */
@Component
@ConditionalOnBooleanProperty("schakel.federatie.enabled")
class BezorgSchema {

    private final Bezorger bezorger;

    BezorgSchema(Bezorger bezorger) {
        this.bezorger = bezorger;
    }

    @Scheduled(fixedDelayString = "${schakel.federatie.bezorgen:PT2S}", initialDelayString = "PT2S")
    @SchedulerLock(name = "keten-bezorgen", lockAtMostFor = "PT10M")
    void bezorgen() {
        bezorger.bezorgen();
    }
}
