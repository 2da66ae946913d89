package nl.schakel.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The access log every module writes to. {@link #record} joins the caller's transaction, so the row commits or
 * rolls back together with the action; {@link #recordDenial} survives the rollback that usually follows a denial.
 */
@Service
public class AccessLog {

    /** How long ago the second factor may have been given for someone to read the log (step-up). */
    public static final long FRESH_SECOND_FACTOR_SECONDS = 5 * 60;

    static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final AccessLogStore store;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    AccessLog(AccessLogStore store, TransactionTemplate transactionTemplate, Clock clock) {
        this.store = store;
        this.newTransaction = new TransactionTemplate(transactionTemplate.getTransactionManager());
        this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Writes the row in the current transaction (or a new one when there is none). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AccessEvent event) {
        store.append(event, now(), accessPoint());
    }

    /**
     * Writes a denied (or failed) attempt so that it stays written even when the current transaction rolls back:
     * after the current transaction ends, in a transaction of its own.
     */
    public void recordDenial(AccessEvent event) {
        AccessEvent denied = event.outcome() == Outcome.GESLAAGD ? event.outcome(Outcome.GEWEIGERD) : event;
        Instant at = now();
        String accessPoint = accessPoint();
        Runnable write = () -> newTransaction.executeWithoutResult(status -> store.append(denied, at, accessPoint));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    write.run();
                }
            });
        } else {
            write.run();
        }
    }

    /**
     * The first page of a search in the log of the actor's own tenant (see {@link #page}).
     */
    @Transactional
    public List<AccessLogEntry> search(Actor actor, AccessLogQuery query) {
        return page(actor, query).rows();
    }

    /**
     * Searches the log of the actor's own tenant, one page of {@link AccessLogQuery#PAGE_SIZE} rows at a time, newest
     * first. Only the logverantwoordelijke may, with a second factor given in the last five minutes; every page asked
     * for is itself logged.
     */
    @Transactional
    public AccessLogPage page(Actor actor, AccessLogQuery query) {
        requireLogReader(actor, "audit.search");
        if (query.hasPeriodBackwards()) {
            throw new InvalidInputException("tot", "toegangslog.fout.periode");
        }
        TenantId tenant = Objects.requireNonNull(actor.tenantId(), "checked by requireLogReader");
        record(AccessEvent.by(actor, "audit.search", ActionCode.E)
                .on("toegangslog", tenant)
                .purpose(describe(query)));
        return store.search(
                tenant,
                query,
                query.from() == null
                        ? null
                        : query.from().atStartOfDay(DUTCH_TIME).toInstant(),
                query.to() == null
                        ? null
                        : query.to().plusDays(1).atStartOfDay(DUTCH_TIME).toInstant());
    }

    /** Checks the chains from their last checkpoint for the logverantwoordelijke; the check is itself logged. */
    @Transactional
    public ChainVerificationResult verify(Actor actor) {
        requireLogReader(actor, "audit.verify");
        // the row after the check: writing it takes a chain, which the check would otherwise hold while it reads
        ChainVerificationResult result = verifyChain();
        record(AccessEvent.by(actor, "audit.verify", ActionCode.E).on("toegangslog", "keten"));
        return result;
    }

    /**
     * Checks every chain from its last verified checkpoint (a chain without one from its first row), for the
     * scheduled check; when all are whole, writes new checkpoints where the chains grew (ADR-0034).
     */
    @Transactional
    public ChainVerificationResult verifyChain() {
        return store.verify(false);
    }

    /**
     * Checks every row of every chain from the start, whatever the checkpoints say (the command-line verifier);
     * when all are whole, writes new checkpoints too.
     */
    @Transactional
    public ChainVerificationResult verifyFullChain() {
        return store.verify(true);
    }

    private void requireLogReader(Actor actor, String event) {
        boolean reader = actor.hasRole(Role.LOGVERANTWOORDELIJKE) && actor.tenantId() != null;
        if (!reader || !actor.secondFactorFresh(now(), FRESH_SECOND_FACTOR_SECONDS)) {
            recordDenial(AccessEvent.by(actor, event, ActionCode.E).on("toegangslog", "toegang"));
            throw reader ? new SecondFactorTooOldException() : new AccessDeniedException(event);
        }
    }

    private static String describe(AccessLogQuery query) {
        return "zoekopdracht: cliënt/object=%s, gebruiker=%s, van=%s, tot=%s%s"
                .formatted(
                        query.objectId(),
                        query.username(),
                        query.from(),
                        query.to(),
                        query.before() == null ? "" : ", ouder dan regel " + query.before());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String accessPoint() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet
                ? servlet.getRequest().getRemoteAddr()
                : "systeem";
    }

    /** The log reader's second factor is older than five minutes: ask it again (step-up). */
    public static final class SecondFactorTooOldException extends AccessDeniedException {
        SecondFactorTooOldException() {
            super("second factor too old for the access log");
        }
    }
}
