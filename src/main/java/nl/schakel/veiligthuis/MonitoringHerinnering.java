package nl.schakel.veiligthuis;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.audit.Outcome;
import nl.schakel.veiligthuis.domain.Monitoringsplan;
import nl.schakel.veiligthuis.persistence.ZaakStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the case's worker a reminder of a planned monitoring moment a configurable number of days before it
 * ({@code schakel.veilig-thuis.monitoring-herinnering-dagen}, default 5), or at once when the moment is nearer or
 * passed: it shows on the worker's home page until the moment is recorded ({@link MonitoringManagement#open}). Runs on
 * one node at a time (ShedLock), and each reminder is one row per case and planned day, so a second node or a second
 * run never sends it again.
 */
@Component
public class MonitoringHerinnering {

    static final String EVENT = "veiligthuis.monitoring.herinnering";

    private final ZaakStore store;
    private final AccessLog accessLog;
    private final Clock clock;
    private final int dagen;

    MonitoringHerinnering(
            ZaakStore store,
            AccessLog accessLog,
            Clock clock,
            @Value("${schakel.veilig-thuis.monitoring-herinnering-dagen:5}") int dagen) {
        this.store = store;
        this.accessLog = accessLog;
        this.clock = clock;
        this.dagen = dagen;
    }

    /** Records the reminders that are due today. */
    @Scheduled(cron = "${schakel.veilig-thuis.monitoring-herinnering-cron:0 17 6 * * *}")
    @SchedulerLock(
            name = "veiligthuis-monitoring-herinnering",
            lockAtLeastFor = "${schakel.veilig-thuis.monitoring-herinnering-lock-at-least:PT0S}")
    @Transactional
    public void verstuur() {
        LocalDate vandaag = LocalDate.ofInstant(clock.instant(), nl.schakel.veiligthuis.domain.Intake.NL);
        for (Zaak zaak : store.inMonitoring()) {
            LocalDate sinds = zaak.monitoringSinds();
            if (sinds == null) {
                continue;
            }
            var journal = store.entries(zaak.id());
            var werker = Monitoringsplan.werker(journal).orElse(null);
            for (Monitoringsplan.Moment m :
                    Monitoringsplan.van(sinds, journal, vandaag).herinneren(vandaag, dagen)) {
                if (store.insertMonitoringHerinnering(zaak, m.datum(), werker, clock.instant())) {
                    accessLog.record(AccessEvent.anonymous(EVENT, ActionCode.C, Outcome.GESLAAGD)
                            .on(ZaakAccess.OBJECT_TYPE, zaak.id())
                            .segment("herinnering")
                            .tenant(zaak.tenantId()));
                }
            }
        }
    }
}
