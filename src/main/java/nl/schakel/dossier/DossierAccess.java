package nl.schakel.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.audit.Outcome;
import nl.schakel.dossier.domain.Betrokkene;
import nl.schakel.dossier.domain.EntryKind;
import nl.schakel.dossier.domain.EntryPayload;
import nl.schakel.dossier.domain.Signaleren;
import nl.schakel.dossier.persistence.DossierStore;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Herinneringen;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.Role;
import nl.schakel.shared.TeamId;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import nl.schakel.shared.journal.Journal;
import nl.schakel.shared.journal.JournalEntry;
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
    private final DossierMeldprotocol meldprotocol;
    private final DossierGebeurtenissen gebeurtenissen;

    DossierAccess(
            DossierStore store,
            AccessLog accessLog,
            Clock clock,
            DossierMeldprotocol meldprotocol,
            DossierGebeurtenissen gebeurtenissen) {
        this.store = store;
        this.accessLog = accessLog;
        this.clock = clock;
        this.meldprotocol = meldprotocol;
        this.gebeurtenissen = gebeurtenissen;
    }

    /**
     * Stores a new dossier and publishes its opening ({@link DossierGebeurtenis.Geopend}): the one path by which a
     * dossier comes to be.
     *
     * @param team the team of the member who opens and owns it
     */
    void insert(@Nullable TeamId team, DossierStore.Row dossier) {
        store.insert(dossier);
        gebeurtenissen.publiceer(
                new DossierGebeurtenis.Geopend(dossier.id(), dossier.tenantId(), team, dossier.createdAt()));
    }

    /** Stores a new journal entry and publishes what it means ({@link DossierGebeurtenis}), in one transaction. */
    void insertEntry(TenantId tenant, Journal<EntryPayload> voor, JournalEntry<EntryPayload> entry) {
        store.insertEntry(entry);
        gebeurtenissen.vastgelegd(tenant, voor, entry);
    }

    /**
     * A dossier the actor may work on, with its betrokkenen and journal.
     *
     * @param alleenSignaleren whether the actor only signals (rule 24, by the meldprotocol or the member setting) and so
     *     may add signalen only
     */
    record Found(
            DossierStore.Row row,
            List<Betrokkene> betrokkenen,
            Journal<EntryPayload> journal,
            boolean alleenSignaleren) {

        UUID id() {
            return row.id();
        }
    }

    /**
     * The dossier, when the actor may work on it: its owner, a colleague it is shared with, the colleague named to
     * record its steps 2–5, or an aandachtsfunctionaris of its tenant. For anyone else, and for a dossier that does
     * not exist, the attempt is logged as refused and the answer is "not found". The refusal is logged for the
     * dossier's tenant as well (ADR-0021): its privacy officer sees who tried, also from another organisation; the
     * actor learns nothing about whether the dossier exists.
     */
    Found accessible(Actor by, UUID id, String event, ActionCode action) {
        TenantId tenant = by.tenantId();
        Optional<DossierStore.Row> row = tenant == null || !worksWithClients(by)
                ? Optional.empty()
                : store.find(tenant, id).filter(d -> mayWorkOn(by, d));
        if (row.isEmpty() || tenant == null) {
            accessLog.recordDenial(
                    event(by, event, action, id, null).ownedBy(store.ownerOf(id).orElse(null)));
            throw new NotFoundException(OBJECT_TYPE);
        }
        return new Found(
                row.get(),
                store.betrokkenen(id),
                new Journal<EntryPayload>(id, store.entries(id)),
                meldprotocol.alleenSignaleren(by, tenant));
    }

    /**
     * Refuses (and logs) an entry of a kind the actor may not record on this dossier: a member who only signals adds
     * signalen only (rule 24).
     */
    void requireMayRecord(Actor by, Found found, EntryKind kind, String event) {
        if (!Signaleren.magVastleggen(found.alleenSignaleren(), kind)) {
            accessLog.recordDenial(event(by, event, ActionCode.C, found.id(), null));
            throw new AccessDeniedException(event);
        }
    }

    /**
     * Whether the actor may share the dossier or end a share: its owner, the colleague named to record its steps
     * 2–5, or an aandachtsfunctionaris of its tenant (a colleague it is shared with may not pass it on).
     */
    static boolean mayShare(Actor by, DossierStore.Row d) {
        return d.ownerId().equals(by.userId())
                || d.uitvoerder().is(by.userId().value())
                || by.hasRole(Role.AANDACHTSFUNCTIONARIS);
    }

    /**
     * Finds the dossier for the actor, appends a new entry with the payload, and logs it as a creation of the given
     * segment.
     *
     * @return the new entry
     */
    JournalEntry<EntryPayload> append(Actor by, UUID id, String event, String segment, EntryPayload payload) {
        Found found = accessible(by, id, event, ActionCode.C);
        return append(by, found, event, segment, payload);
    }

    /** Appends a new entry with the payload to a dossier already found for the actor, and logs it. */
    JournalEntry<EntryPayload> append(Actor by, Found found, String event, String segment, EntryPayload payload) {
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
    JournalEntry<EntryPayload> correct(
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
     * entries (rule 22: it is restarted as a new dossier instead); a member who only signals adds signalen only
     * (rule 24).
     */
    private JournalEntry<EntryPayload> store(
            Actor by, Found found, String event, String segment, JournalEntry<EntryPayload> entry) {
        if (found.row().status() == DossierStatus.GESLOTEN) {
            throw new InvalidInputException("", "dossier.fout.gesloten");
        }
        requireMayRecord(by, found, entry.payload().kind(), event);
        insertEntry(found.row().tenantId(), found.journal(), entry);
        log(by, event, ActionCode.C, found.id(), segment);
        return entry;
    }

    /** The author of the entries Schakel writes itself, such as the expiry of a VIR signal. */
    static final UserId SYSTEM = new UserId(new UUID(0, 0));

    static final String SYSTEM_NAME = "Schakel";

    /**
     * Appends an entry that Schakel writes itself (a scheduled job, no actor) under the role of the entry it follows
     * up, and logs it as a system action on the dossier.
     */
    JournalEntry<EntryPayload> appendBySystem(UUID id, Role role, EntryPayload payload, String event, String segment) {
        Journal<EntryPayload> journal = new Journal<EntryPayload>(id, store.entries(id));
        JournalEntry<EntryPayload> entry = journal.append(SYSTEM, SYSTEM_NAME, role, payload, clock.instant());
        insertEntry(store.ownerOf(id).orElseThrow(), journal, entry);
        accessLog.record(AccessEvent.anonymous(event, ActionCode.U, Outcome.GESLAAGD)
                .on(OBJECT_TYPE, id)
                .segment(segment));
        return entry;
    }

    /**
     * Appends an entry that reaches the dossier from a chain partner, such as a terugkoppeling of Veilig Thuis. No
     * actor is signed in: Schakel writes it on arrival, under the partner's id, name and role, and logs it as a
     * system action on the dossier in its tenant. Like {@link #appendBySystem} it also reaches a closed dossier: what
     * the partner sent about a melding belongs with the melding.
     */
    JournalEntry<EntryPayload> appendFromChain(
            UUID id,
            TenantId tenant,
            UserId authorId,
            String authorName,
            Role role,
            EntryPayload payload,
            String event,
            String segment) {
        Journal<EntryPayload> journal = new Journal<EntryPayload>(id, store.entries(id));
        JournalEntry<EntryPayload> entry = journal.append(authorId, authorName, role, payload, clock.instant());
        insertEntry(tenant, journal, entry);
        accessLog.record(AccessEvent.anonymous(event, ActionCode.C, Outcome.GESLAAGD)
                .on(OBJECT_TYPE, id)
                .segment(segment)
                .tenant(tenant));
        return entry;
    }

    /**
     * The reminders on the home page of a member who works with clients, found in their tenant, with the access-log
     * row of reading them when there are any; none for anyone else.
     */
    List<Herinneringen.Herinnering> herinneringen(
            Actor by, String event, Function<TenantId, List<Herinneringen.Herinnering>> find) {
        TenantId tenant = by.tenantId();
        if (tenant == null || !worksWithClients(by)) {
            return List.of();
        }
        List<Herinneringen.Herinnering> open = find.apply(tenant);
        if (!open.isEmpty()) {
            accessLog.record(AccessEvent.by(by, event, ActionCode.R).segment("herinneringen"));
        }
        return open;
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

    private boolean mayWorkOn(Actor by, DossierStore.Row d) {
        return mayShare(by, d) || store.isSharedWith(d.id(), by.userId());
    }

    static AccessEvent event(Actor by, String event, ActionCode action, UUID id, @Nullable String segment) {
        AccessEvent e = AccessEvent.by(by, event, action).on(OBJECT_TYPE, id);
        return segment == null ? e : e.segment(segment);
    }
}
