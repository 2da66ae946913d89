package nl.schakel.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.dossier.domain.Betrokkene;
import nl.schakel.dossier.domain.EntryPayload;
import nl.schakel.dossier.domain.Journal;
import nl.schakel.dossier.domain.JournalEntry;
import nl.schakel.dossier.persistence.DossierStore;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may work on a dossier, and that writes the access-log row of every dossier action.
 * Every facade of this module finds a dossier through {@link #accessible} and appends to its journal through
 * {@link #append}; both must run inside the caller's transaction so that the log row and the action commit together.
 */
@Component
class DossierAccess {

    static final String OBJECT_TYPE = "dossier";
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final DossierStore store;
    private final AccessLog accessLog;
    private final Clock clock;

    DossierAccess(DossierStore store, AccessLog accessLog, Clock clock) {
        this.store = store;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** A dossier the actor may work on, with its betrokkenen and journal. */
    record Found(DossierStore.Row row, List<Betrokkene> betrokkenen, Journal journal) {

        UUID id() {
            return row.id();
        }
    }

    /**
     * The dossier, when the actor may work on it: its owner, or an aandachtsfunctionaris of its tenant. For anyone
     * else, and for a dossier that does not exist, the attempt is logged as refused and the answer is "not found".
     */
    Found accessible(Actor by, UUID id, String event, ActionCode action) {
        TenantId tenant = by.tenantId();
        Optional<DossierStore.Row> row = tenant == null || !worksWithClients(by)
                ? Optional.empty()
                : store.find(tenant, id).filter(d -> mayWorkOn(by, d));
        if (row.isEmpty()) {
            accessLog.recordDenial(event(by, event, action, id, null));
            throw new NotFoundException(OBJECT_TYPE);
        }
        return new Found(row.get(), store.betrokkenen(id), new Journal(id, store.entries(id)));
    }

    /**
     * Finds the dossier for the actor, appends a new entry with the payload, and logs it as a creation of the given
     * segment.
     *
     * @return the new entry
     */
    JournalEntry append(Actor by, UUID id, String event, String segment, EntryPayload payload) {
        Found found = accessible(by, id, event, ActionCode.C);
        return append(by, found, event, segment, payload);
    }

    /** Appends a new entry with the payload to a dossier already found for the actor, and logs it. */
    JournalEntry append(Actor by, Found found, String event, String segment, EntryPayload payload) {
        return store(
                by,
                found,
                event,
                segment,
                found.journal().append(by.userId(), by.displayName(), by.role(), payload, clock.instant()));
    }

    /**
     * Finds the dossier for the actor, appends an entry that corrects one of its entries with the payload and the
     * reason, and logs it as a creation of the given segment.
     */
    JournalEntry correct(
            Actor by, UUID id, String event, String segment, UUID entryId, EntryPayload payload, String reason) {
        Found found = accessible(by, id, event, ActionCode.C);
        return store(
                by,
                found,
                event,
                segment,
                found.journal()
                        .correction(
                                by.userId(), by.displayName(), by.role(), entryId, payload, reason, clock.instant()));
    }

    /**
     * Stores a new entry and its log row: the one path by which a journal grows. A closed dossier takes no new
     * entries (rule 22: it is restarted as a new dossier instead).
     */
    private JournalEntry store(Actor by, Found found, String event, String segment, JournalEntry entry) {
        if (found.row().status() == DossierStatus.GESLOTEN) {
            throw new InvalidInputException("", "dossier.fout.gesloten");
        }
        store.insertEntry(entry);
        log(by, event, ActionCode.C, found.id(), segment);
        return entry;
    }

    /** Writes the access-log row of a successful action on the dossier. */
    void log(Actor by, String event, ActionCode action, UUID id, @Nullable String segment) {
        accessLog.record(event(by, event, action, id, segment));
    }

    /** Today in the application's clock, for the checks of typed dates. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DUTCH_TIME);
    }

    java.time.Instant now() {
        return clock.instant();
    }

    static boolean worksWithClients(Actor by) {
        return by.hasRole(Role.BEROEPSKRACHT) || by.hasRole(Role.AANDACHTSFUNCTIONARIS);
    }

    private static boolean mayWorkOn(Actor by, DossierStore.Row d) {
        return d.ownerId().equals(by.userId()) || by.hasRole(Role.AANDACHTSFUNCTIONARIS);
    }

    static AccessEvent event(Actor by, String event, ActionCode action, UUID id, @Nullable String segment) {
        AccessEvent e = AccessEvent.by(by, event, action).on(OBJECT_TYPE, id);
        return segment == null ? e : e.segment(segment);
    }
}
