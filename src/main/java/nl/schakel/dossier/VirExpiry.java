package nl.schakel.dossier;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends the VIR signals whose end date has come (rules 28 and 29), every night shortly after midnight Dutch time and
 * once more in the morning in case a node was down. Runs on one node only (ADR-0009).
 */
@Component
class VirExpiry {

    private final VirManagement vir;

    VirExpiry(VirManagement vir) {
        this.vir = vir;
    }

    @Scheduled(cron = "${schakel.dossier.vir-expiry-cron:0 5 0,7 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "dossier-vir-expiry", lockAtLeastFor = "${schakel.dossier.vir-expiry-lock-at-least:PT30S}")
    public void run() {
        vir.expireDue();
    }
}
