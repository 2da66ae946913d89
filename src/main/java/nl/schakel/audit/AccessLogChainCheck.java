package nl.schakel.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the hash chain of the access log on a schedule (BIO2 8.15.06: logs are checked for integrity regularly)
 * and records each check in the log itself, so a broken chain is noticed even when nobody opens the page. Runs on
 * one node only.
 */
@Component
class AccessLogChainCheck {

    static final String EVENT = "audit.chain-check";
    private static final Logger log = LoggerFactory.getLogger(AccessLogChainCheck.class);

    private final AccessLog accessLog;

    AccessLogChainCheck(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @Scheduled(cron = "${schakel.audit.chain-check-cron:0 17 * * * *}")
    @SchedulerLock(name = "audit-chain-check", lockAtLeastFor = "${schakel.audit.chain-check-lock-at-least:PT30S}")
    @Transactional
    public void check() {
        ChainVerificationResult result = accessLog.verifyChain();
        accessLog.record(
                AccessEvent.anonymous(EVENT, ActionCode.E, result.intact() ? Outcome.GESLAAGD : Outcome.MISLUKT)
                        .on("toegangslog", "keten")
                        .segment(result.checked() + " regels"));
        if (!result.intact()) {
            log.error("SECURITY: access log hash chain broken at seq {}", result.firstBrokenSeq());
        }
    }
}
