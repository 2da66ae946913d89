package nl.schakel.veiligthuis;

import java.time.Clock;
import java.time.LocalDate;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.audit.Outcome;
import nl.schakel.organisation.WerkdagkalenderGewijzigd;
import nl.schakel.shared.kalender.Werkdagkalender;
import nl.schakel.veiligthuis.domain.Intake;
import nl.schakel.veiligthuis.domain.Termijnen;
import nl.schakel.veiligthuis.persistence.ZaakStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When the days equated with a holiday change (ADR-0017), every melding whose veiligheidsbeoordeling is still open gets
 * its deadline again: the day of receipt plus five working days on the calendar as it is now (rule 33). Runs on the
 * event {@link WerkdagkalenderGewijzigd}, and at start-up when the calendar's version differs from the one the deadlines
 * were last computed on (so deadlines stored before the list existed, or while no node listened, are put right).
 *
 * <p>Idempotent: a deadline that is already right is left alone, and a deadline moves only if it still has the value it
 * was read with, so a second delivery, or the same change seen by another node, changes nothing. Each moved deadline
 * writes an access-log row on the case (in the case's region, by the system, with the old and new date as purpose);
 * the technical log gets the counts only.
 */
@Component
class TermijnHerberekening {

    private static final Logger LOG = LoggerFactory.getLogger(TermijnHerberekening.class);

    private final ZaakStore store;
    private final AccessLog accessLog;
    private final Werkdagkalender kalender;
    private final Termijnen termijnen;
    private final Clock clock;
    private final TransactionTemplate transaction;

    TermijnHerberekening(
            ZaakStore store,
            AccessLog accessLog,
            Werkdagkalender kalender,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.accessLog = accessLog;
        this.kalender = kalender;
        this.termijnen = new Termijnen(kalender);
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @ApplicationModuleListener
    void on(WerkdagkalenderGewijzigd gewijzigd) {
        herbereken();
    }

    @EventListener(ApplicationReadyEvent.class)
    void bijStart() {
        transaction.executeWithoutResult(s -> {
            if (store.termijnKalenderVersie()
                    .filter(v -> v == kalender.versie())
                    .isEmpty()) {
                herbereken();
            }
        });
    }

    /**
     * Computes the deadline of every open veiligheidsbeoordeling again on the current calendar.
     *
     * @return how many deadlines moved
     */
    int herbereken() {
        long versie = kalender.versie();
        int open = 0;
        int verzet = 0;
        for (Zaak z : store.openVeiligheidsbeoordelingen()) {
            LocalDate oud = z.vbUiterlijk();
            if (oud == null) {
                continue;
            }
            open++;
            LocalDate nieuw =
                    termijnen.veiligheidsbeoordelingUiterlijk(LocalDate.ofInstant(z.ontvangenOp(), Intake.NL));
            if (!nieuw.equals(oud) && store.verzetVbUiterlijk(z.id(), oud, nieuw)) {
                verzet++;
                accessLog.record(
                        AccessEvent.anonymous("veiligthuis.termijn.herberekend", ActionCode.U, Outcome.GESLAAGD)
                                .tenant(z.tenantId())
                                .on(ZaakAccess.OBJECT_TYPE, z.id())
                                .segment("termijn")
                                .purpose("werkdagkalender versie " + versie + ": uiterlijk " + oud + " -> " + nieuw));
            }
        }
        store.zetTermijnKalenderVersie(versie, clock.instant());
        LOG.info(
                "Werkdagkalender versie {}: {} open veiligheidsbeoordelingen nagerekend, {} termijnen verzet",
                versie,
                open,
                verzet);
        return verzet;
    }
}
