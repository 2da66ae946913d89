package nl.schakel.keten.federatie;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.shared.TenantId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The sending side of the federation: when a message's destination tenant is served by a remote {@link Partij}, the
 * keten facades put it in the outbox in the action's own transaction, instead of publishing the in-process event. The
 * row names the soort and the object only; once the transaction committed, the {@link Bezorger} is nudged so it
 * delivers at once instead of at its next scheduled run.
 */
@Component
public class Uitgang {

    private final Routering routering;
    private final Partijen partijen;
    private final BerichtStore store;
    private final Bezorger bezorger;
    private final Clock clock;

    Uitgang(Routering routering, Partijen partijen, BerichtStore store, Bezorger bezorger, Clock clock) {
        this.routering = routering;
        this.partijen = partijen;
        this.store = store;
        this.bezorger = bezorger;
        this.clock = clock;
    }

    /**
     * Puts the message in the outbox when the tenant it is addressed to is served by a remote party.
     *
     * @return true when it went into the outbox (the caller then publishes no in-process event); false when the tenant
     *     is served here
     */
    public boolean naarElders(String soort, UUID onderwerp, TenantId van, TenantId aan) {
        Optional<Partij> partij = routering.elders(aan);
        if (partij.isEmpty()) {
            return false;
        }
        store.plaats(UUID.randomUUID(), soort, van, partij.get(), aan, onderwerp, clock.instant());
        naDeCommitBezorgen();
        return true;
    }

    /**
     * Puts a message for the national VT-register in the outbox, addressed to the party that serves it; the envelope
     * names the region the message is about as both {@code van} and {@code aan}.
     *
     * @throws IllegalStateException when no party serves the register (and this instance does not either)
     */
    public void naarRegister(String soort, UUID onderwerp, TenantId regio) {
        Partij register = partijen.register()
                .orElseThrow(() -> new IllegalStateException("A VT-register message (" + soort + ") must go to the"
                        + " register, but no party has register=true in schakel.federatie.partijen"));
        store.plaats(UUID.randomUUID(), soort, regio, register, regio, onderwerp, clock.instant());
        naDeCommitBezorgen();
    }

    /** The latest message of this soort about the object, when it went to a remote party. */
    public Optional<UitgaandBericht> over(String soort, UUID onderwerp) {
        return store.over(soort, onderwerp);
    }

    /** The messages not yet delivered, oldest first. */
    public List<UitgaandBericht> onderweg() {
        return store.onderweg();
    }

    /**
     * Lets an undelivered message be tried at once, and nudges the deliverer after the commit.
     *
     * @return false when there is no undelivered message with this id
     */
    public boolean nuProberen(UUID id) {
        boolean gezet = store.nuProberen(id, clock.instant());
        if (gezet) {
            naDeCommitBezorgen();
        }
        return gezet;
    }

    /** Nudges the deliverer once the current transaction committed (never before: the row must be visible). */
    private void naDeCommitBezorgen() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    bezorger.duw();
                }
            });
        }
    }
}
