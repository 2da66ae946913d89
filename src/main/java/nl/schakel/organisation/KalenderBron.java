package nl.schakel.organisation;

import java.util.List;
import java.util.function.Supplier;
import nl.schakel.organisation.persistence.GelijkstellingStore;
import nl.schakel.shared.kalender.Gelijkstellingen;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored list of equated days as this node knows it, for the {@link nl.schakel.shared.kalender.Werkdagkalender}
 * (ADR-0017). Every question of the calendar reads the copy in memory; the copy is read from the database at first
 * use, right after this node's own change commits, and whenever the periodic check (every node, no lock) finds that
 * the list's version in the database moved because another node changed it. In that last case this node also
 * publishes {@link WerkdagkalenderGewijzigd}, so terms it computed on the old list in the meantime are put right too.
 */
@Component
class KalenderBron implements Supplier<Gelijkstellingen> {

    private static final Logger LOG = LoggerFactory.getLogger(KalenderBron.class);

    private final GelijkstellingStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private volatile @Nullable Gelijkstellingen huidig;

    KalenderBron(GelijkstellingStore store, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.store = store;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public Gelijkstellingen get() {
        Gelijkstellingen h = huidig;
        if (h == null) {
            h = lees();
            zet(h);
        }
        return h;
    }

    /**
     * Compares the version in the database with the copy and reads the list again when it moved. Runs on every node
     * (this is no cluster job: each node keeps its own copy).
     */
    @Scheduled(
            fixedDelayString = "${schakel.kalender.verversen:PT30S}",
            initialDelayString = "${schakel.kalender.verversen:PT30S}")
    void ververs() {
        Gelijkstellingen h = huidig;
        if (h == null || store.versie() == h.versie()) {
            return;
        }
        Gelijkstellingen nieuw = lees();
        if (zet(nieuw)) {
            LOG.info(
                    "Werkdagkalender: lijst gelijkgestelde dagen ververst, versie {} -> {}",
                    h.versie(),
                    nieuw.versie());
            transaction.executeWithoutResult(s -> events.publishEvent(new WerkdagkalenderGewijzigd(nieuw.versie())));
        }
    }

    /** Reads the list again as soon as the current transaction (which changed it) has committed. */
    void verversNaCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                zet(lees());
            }
        });
    }

    /**
     * The history first, then the decrees: a decree is written before its days, so every day read has its decree. The
     * version is the number of history rows read, so it matches the days exactly.
     */
    private Gelijkstellingen lees() {
        return transaction.execute(s -> {
            List<Gelijkstellingswijziging> geschiedenis = store.geschiedenis();
            return Gelijkstellingsregels.lijst(store.besluiten(), geschiedenis);
        });
    }

    /** Keeps the newer of the copy and the given list; whether the given one was newer. */
    private synchronized boolean zet(Gelijkstellingen lijst) {
        Gelijkstellingen h = huidig;
        if (h == null || lijst.versie() > h.versie()) {
            huidig = lijst;
            return h != null;
        }
        return false;
    }
}
