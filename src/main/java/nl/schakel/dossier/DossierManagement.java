package nl.schakel.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.dossier.domain.Betrokkene;
import nl.schakel.dossier.domain.CollegialeConsultatie;
import nl.schakel.dossier.domain.Journal;
import nl.schakel.dossier.domain.JournalEntry;
import nl.schakel.dossier.domain.Signaal;
import nl.schakel.dossier.persistence.DossierStore;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The professional's meldcode dossiers. A beroepskracht or aandachtsfunctionaris of an organisation opens one; the
 * owner and the aandachtsfunctionarissen of the same tenant may see it and add to its journal; anyone else is told
 * "not found", and the attempt is logged. Every read and write writes its access-log row in the same transaction.
 */
@Service
public class DossierManagement {

    static final String OBJECT_TYPE = "dossier";
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final DossierStore store;
    private final AccessLog accessLog;
    private final Clock clock;

    DossierManagement(DossierStore store, AccessLog accessLog, Clock clock) {
        this.store = store;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The typed values of a betrokkene, as the form sends them; checked here. */
    public record NewBetrokkene(
            String naam,
            @Nullable LocalDate geboortedatum,
            String bsn,
            @Nullable Relatie relatie) {

        @Override
        public String toString() {
            return "NewBetrokkene[***]";
        }
    }

    /** Opens a dossier owned by the actor with its first betrokkene(n); all or nothing. */
    @Transactional
    public UUID open(Actor by, List<NewBetrokkene> betrokkenen) {
        TenantId tenant = by.tenantId();
        if (!worksWithClients(by) || tenant == null) {
            accessLog.recordDenial(AccessEvent.by(by, "dossier.create", ActionCode.C));
            throw new AccessDeniedException("dossier.create");
        }
        if (betrokkenen.isEmpty()) {
            throw new InvalidInputException("", "dossier.fout.betrokkene");
        }
        LocalDate today = today();
        List<Betrokkene> checked = betrokkenen.stream()
                .map(b -> Betrokkene.of(b.naam(), b.geboortedatum(), b.bsn(), b.relatie(), today))
                .toList();
        UUID id = UUID.randomUUID();
        store.insert(
                new DossierStore.Row(id, tenant, by.userId(), by.displayName(), clock.instant(), DossierStatus.OPEN));
        for (int i = 0; i < checked.size(); i++) {
            store.insertBetrokkene(id, i, checked.get(i));
        }
        accessLog.record(event(by, "dossier.create", ActionCode.C, id, "betrokkenen"));
        return id;
    }

    /** The actor's own dossiers; for an aandachtsfunctionaris all dossiers of the own tenant. */
    @Transactional
    public List<DossierSummary> myDossiers(Actor by) {
        TenantId tenant = by.tenantId();
        if (!worksWithClients(by) || tenant == null) {
            accessLog.recordDenial(AccessEvent.by(by, "dossier.list", ActionCode.R));
            throw new AccessDeniedException("dossier.list");
        }
        Optional<UserId> owner = by.hasRole(Role.AANDACHTSFUNCTIONARIS) ? Optional.empty() : Optional.of(by.userId());
        List<DossierSummary> list = store.list(tenant, owner).stream()
                .map(r -> new DossierSummary(
                        r.dossier().id(),
                        r.dossier().createdAt(),
                        r.dossier().status(),
                        r.dossier().ownerName(),
                        r.firstBetrokkene()))
                .toList();
        accessLog.record(AccessEvent.by(by, "dossier.list", ActionCode.R).segment("overzicht"));
        return list;
    }

    /** One dossier with its betrokkenen and journal. */
    @Transactional
    public DossierView dossier(Actor by, UUID id) {
        DossierView view = accessible(by, id, "dossier.read", ActionCode.R).view();
        accessLog.record(event(by, "dossier.read", ActionCode.R, id, "dossier"));
        return view;
    }

    /** Adds a signaal of step 1 to the journal. */
    @Transactional
    public UUID addSignaal(Actor by, UUID id, NewSignaal signaal) {
        Found found = accessible(by, id, "dossier.signaal.create", ActionCode.C);
        JournalEntry entry =
                found.journal().signaal(by.userId(), by.displayName(), by.role(), checked(signaal), clock.instant());
        store.insertEntry(entry);
        accessLog.record(event(by, "dossier.signaal.create", ActionCode.C, id, "signaal"));
        return entry.id();
    }

    /** Adds a collegiale consultatie of step 2 to the journal. */
    @Transactional
    public UUID addConsultatie(Actor by, UUID id, NewConsultatie consultatie) {
        Found found = accessible(by, id, "dossier.consultatie.create", ActionCode.C);
        CollegialeConsultatie checked = CollegialeConsultatie.of(
                consultatie.datum(), consultatie.met(), consultatie.persoon(), consultatie.advies(), today());
        JournalEntry entry =
                found.journal().consultatie(by.userId(), by.displayName(), by.role(), checked, clock.instant());
        store.insertEntry(entry);
        accessLog.record(event(by, "dossier.consultatie.create", ActionCode.C, id, "consultatie"));
        return entry.id();
    }

    /** Corrects an entry with a new entry that names it and the reason; the original stays. */
    @Transactional
    public UUID correct(Actor by, UUID id, UUID entryId, NewSignaal corrected, String reason) {
        Found found = accessible(by, id, "dossier.entry.correct", ActionCode.C);
        JournalEntry entry = found.journal()
                .correction(
                        by.userId(), by.displayName(), by.role(), entryId, checked(corrected), reason, clock.instant());
        store.insertEntry(entry);
        accessLog.record(event(by, "dossier.entry.correct", ActionCode.C, id, "signaal"));
        return entry.id();
    }

    /** Today in the application's clock, for the checks of typed dates. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DUTCH_TIME);
    }

    private record Found(DossierStore.Row row, List<Betrokkene> betrokkenen, Journal journal) {

        DossierView view() {
            return new DossierView(
                    row.id(),
                    row.ownerId(),
                    row.ownerName(),
                    row.createdAt(),
                    row.status(),
                    betrokkenen.stream()
                            .map(b -> new BetrokkeneView(
                                    b.id(),
                                    b.naam(),
                                    b.geboortedatum(),
                                    b.bsn() == null ? null : b.bsn().value(),
                                    b.relatie()))
                            .toList(),
                    journal.newestFirst().stream()
                            .map(e -> entryView(e, journal.isCorrected(e.id())))
                            .toList());
        }
    }

    private static EntryView entryView(JournalEntry e, boolean corrected) {
        Signaal s = e.signaal();
        CollegialeConsultatie c = e.consultatie();
        if (c != null) {
            return new EntryView(
                    e.id(),
                    e.recordedAt(),
                    e.authorName(),
                    e.authorRole(),
                    e.onBehalfOf(),
                    e.kind().name(),
                    c.datum(),
                    null,
                    null,
                    null,
                    Set.of(),
                    false,
                    c.met().name(),
                    c.persoon(),
                    c.advies(),
                    e.corrects(),
                    e.reason(),
                    corrected);
        }
        return new EntryView(
                e.id(),
                e.recordedAt(),
                e.authorName(),
                e.authorRole(),
                e.onBehalfOf(),
                e.kind().name(),
                s.datum(),
                s.waarneming(),
                s.soort(),
                s.bron(),
                s.vormen(),
                s.disclosure(),
                null,
                null,
                null,
                e.corrects(),
                e.reason(),
                corrected);
    }

    private Signaal checked(NewSignaal s) {
        LocalDate today = today();
        return Signaal.of(s.datum(), s.waarneming(), s.soort(), s.bron(), s.vormen(), s.disclosure(), today);
    }

    private Found accessible(Actor by, UUID id, String event, ActionCode action) {
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

    private static boolean worksWithClients(Actor by) {
        return by.hasRole(Role.BEROEPSKRACHT) || by.hasRole(Role.AANDACHTSFUNCTIONARIS);
    }

    private static boolean mayWorkOn(Actor by, DossierStore.Row d) {
        return d.ownerId().equals(by.userId()) || by.hasRole(Role.AANDACHTSFUNCTIONARIS);
    }

    private static AccessEvent event(Actor by, String event, ActionCode action, UUID id, @Nullable String segment) {
        AccessEvent e = AccessEvent.by(by, event, action).on(OBJECT_TYPE, id);
        return segment == null ? e : e.segment(segment);
    }
}
