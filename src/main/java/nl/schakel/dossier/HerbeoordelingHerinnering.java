package nl.schakel.dossier;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.audit.Outcome;
import nl.schakel.dossier.domain.EntryPayload;
import nl.schakel.dossier.domain.Hulpplan;
import nl.schakel.dossier.domain.Voortgang;
import nl.schakel.dossier.persistence.DossierStore;
import nl.schakel.shared.journal.Journal;
import nl.schakel.shared.journal.JournalEntry;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a reminder for the owner of a dossier when the date to re-evaluate afweging 5 of its hulpplan has come
 * (rule 6) and afweging 5 has not been answered since. The reminder shows on the owner's home page and dossier list
 * until afweging 5 is answered, a new plan is made or the dossier is closed. Runs on one node only; recording twice
 * is harmless (one reminder per plan).
 */
@Component
class HerbeoordelingHerinnering {

    static final String EVENT = "dossier.herinnering.create";

    private final DossierStore store;
    private final DossierAccess access;
    private final AccessLog accessLog;

    HerbeoordelingHerinnering(DossierStore store, DossierAccess access, AccessLog accessLog) {
        this.store = store;
        this.access = access;
        this.accessLog = accessLog;
    }

    @Scheduled(cron = "${schakel.dossier.herinnering-cron:0 7 * * * *}")
    @SchedulerLock(
            name = "dossier-herbeoordeling",
            lockAtLeastFor = "${schakel.dossier.herinnering-lock-at-least:PT0S}")
    @Transactional
    public void recordDue() {
        LocalDate today = access.today();
        for (DossierStore.DuePlan plan : store.plansDue(today)) {
            Journal<EntryPayload> journal =
                    new Journal<EntryPayload>(plan.dossierId(), store.entries(plan.dossierId()));
            if (isLatestPlan(journal, plan.entryId()) && Voortgang.herbeoordelingNodig(journal, today)) {
                store.insertHerinnering(plan, access.now());
                accessLog.record(AccessEvent.anonymous(EVENT, ActionCode.C, Outcome.GESLAAGD)
                        .on(DossierAccess.OBJECT_TYPE, plan.dossierId())
                        .segment("herinnering")
                        .tenant(plan.tenantId()));
            }
        }
    }

    private static boolean isLatestPlan(Journal<EntryPayload> journal, UUID entryId) {
        Optional<JournalEntry<EntryPayload>> latest = journal.inForce().stream()
                .filter(e -> e.payload() instanceof Hulpplan)
                .reduce((first, second) -> second);
        return latest.map(e -> e.id().equals(entryId)).orElse(false);
    }
}
