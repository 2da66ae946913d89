package nl.schakel.keten.federatie;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.audit.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox: takes the next due message with {@code FOR UPDATE SKIP LOCKED} (two nodes never deliver the
 * same message at once), builds its body from the keten tables, POSTs it to the party's
 * {@code /federatie/v1/berichten} and marks it delivered only on the receiver's 2xx, with the access-log row of the
 * send, in the same transaction. A failure counts the attempt, keeps the error as an exception type or HTTP status
 * only and sets the next try after the {@link Terugval}. Run by the schedule ({@code BezorgSchema}) and, right after an
 * action committed, by a nudge.
 */
@Component
class Bezorger {

    static final String PAD = "/federatie/v1/berichten";
    static final String EVENT = "keten.bericht.verzonden";
    /** At most this many messages per run, so one run never holds the schedule's lock for long. */
    private static final int PER_RONDE = 200;

    private static final Logger log = LoggerFactory.getLogger(Bezorger.class);

    private final BerichtStore store;
    private final Partijen partijen;
    private final FederatieClient client;
    private final AccessLog accessLog;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Executor executor;
    private final Map<String, BerichtSoort<?>> soorten;
    private final AtomicBoolean geduwd = new AtomicBoolean();

    Bezorger(
            BerichtStore store,
            Partijen partijen,
            FederatieClient client,
            AccessLog accessLog,
            TransactionTemplate tx,
            Clock clock,
            @Qualifier("applicationTaskExecutor") Executor executor,
            List<BerichtSoort<?>> soorten) {
        this.store = store;
        this.partijen = partijen;
        this.client = client;
        this.accessLog = accessLog;
        this.tx = tx;
        this.clock = clock;
        this.executor = executor;
        this.soorten = soorten.stream().collect(Collectors.toMap(BerichtSoort::code, Function.identity()));
    }

    /** Delivers what is due now, then returns; a run of another node meanwhile skips the rows this one holds. */
    void bezorgen() {
        for (int i = 0; i < PER_RONDE && Boolean.TRUE.equals(tx.execute(s -> bezorgEen())); i++) {
            // next
        }
    }

    /** Delivers soon, on another thread; nudges that come while one is pending are one. */
    void duw() {
        if (geduwd.compareAndSet(false, true)) {
            executor.execute(() -> {
                geduwd.set(false);
                try {
                    bezorgen();
                } catch (RuntimeException e) {
                    // the schedule tries again; the row keeps its state
                    log.warn("Delivery after a nudge failed: {}", e.getClass().getSimpleName());
                }
            });
        }
    }

    /** @return false when nothing was due */
    private boolean bezorgEen() {
        Instant nu = clock.instant();
        Optional<UitgaandBericht> volgende = store.volgende(nu);
        if (volgende.isEmpty()) {
            return false;
        }
        UitgaandBericht b = volgende.get();
        String fout;
        try {
            Partij aan = partijen.vanOin(b.ontvangerOin()).orElseThrow(() -> new OnbekendePartij());
            FederatieAntwoord antwoord = client.post(aan, PAD, body(b));
            if (antwoord.status() >= 200 && antwoord.status() < 300) {
                store.afgeleverd(b.id(), clock.instant());
                accessLog.record(AccessEvent.anonymous(EVENT, ActionCode.E, Outcome.GESLAAGD)
                        .tenant(b.van())
                        .on(b.soort(), b.onderwerp())
                        .purpose("bericht " + b.id() + " aan OIN " + b.ontvangerOin()));
                return true;
            }
            fout = "HTTP " + antwoord.status();
        } catch (FederatieOnbereikbaar e) {
            fout = e.reden();
        } catch (RuntimeException e) {
            fout = e.getClass().getSimpleName();
        }
        int pogingen = b.pogingen() + 1;
        store.mislukt(b.id(), pogingen, nu.plus(Terugval.na(pogingen)), fout);
        log.info("Message {} ({}) not delivered, attempt {}: {}", b.id(), b.soort(), pogingen, fout);
        return true;
    }

    private byte[] body(UitgaandBericht b) {
        BerichtSoort<?> soort = soorten.get(b.soort());
        if (soort == null) {
            throw new OnbekendeSoort();
        }
        return BerichtJson.JSON.writeValueAsBytes(new Envelop(
                b.id(),
                b.soort(),
                b.van().value(),
                b.ontvanger().value(),
                BerichtJson.JSON.valueToTree(soort.inhoud(b.onderwerp(), b.ontvanger()))));
    }

    /** The receiving party is no longer in the configuration. */
    static final class OnbekendePartij extends RuntimeException {
        OnbekendePartij() {
            super(null, null, false, false);
        }
    }

    /** The outbox holds a soort this instance has no bean for (configuration or version mismatch). */
    static final class OnbekendeSoort extends RuntimeException {
        OnbekendeSoort() {
            super(null, null, false, false);
        }
    }
}
