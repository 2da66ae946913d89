package nl.schakel.veiligthuis;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.organisation.OrganisationManagement;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantKind;
import nl.schakel.shared.journal.JournalEntry;
import nl.schakel.veiligthuis.domain.Beller;
import nl.schakel.veiligthuis.domain.Dienststand;
import nl.schakel.veiligthuis.domain.EersteContact;
import nl.schakel.veiligthuis.domain.EntryPayload;
import nl.schakel.veiligthuis.domain.Monitoringsplan;
import nl.schakel.veiligthuis.domain.VbStand;
import nl.schakel.veiligthuis.domain.Veiligheidsvoorwaarden;
import nl.schakel.veiligthuis.domain.Verrijking;
import nl.schakel.veiligthuis.domain.ZaakActies;
import nl.schakel.veiligthuis.domain.ZaakFeiten;
import nl.schakel.veiligthuis.domain.ZaakFeiten.Voorstel;
import nl.schakel.veiligthuis.domain.ZaakStatus;
import nl.schakel.veiligthuis.persistence.ZaakStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may work on a Veilig Thuis case, and that writes the access-log row of every case
 * action. Every facade of this module finds a case through {@link #accessible} and appends to its journal through
 * {@link #append}, inside the caller's transaction, so the log row and the action commit together.
 */
@Component
class ZaakAccess {

    static final String OBJECT_TYPE = "vt-zaak";
    /** The roles that work on cases: intake, veiligheidsbeoordeling, approval, supervision. */
    static final Set<Role> VT_ROLLEN = Set.of(Role.VT_MEDEWERKER, Role.GEDRAGSWETENSCHAPPER, Role.VT_TEAMLEIDER);
    /** The roles that may see the melder's identity (with a reason): those who contact the melder and the family. */
    static final Set<Role> MELDER_ROLLEN = Set.of(Role.VT_MEDEWERKER, Role.GEDRAGSWETENSCHAPPER);

    private final ZaakStore store;
    private final AccessLog accessLog;
    private final Clock clock;
    private final OrganisationManagement organisation;
    private final VtRegisterAanmelding register;

    ZaakAccess(
            ZaakStore store,
            AccessLog accessLog,
            Clock clock,
            OrganisationManagement organisation,
            VtRegisterAanmelding register) {
        this.register = register;
        this.store = store;
        this.accessLog = accessLog;
        this.clock = clock;
        this.organisation = organisation;
    }

    /** Today in Dutch time: the day the terms are counted on and the last day a recorded date may be. */
    java.time.LocalDate vandaag() {
        return java.time.LocalDate.ofInstant(clock.instant(), nl.schakel.veiligthuis.domain.Intake.NL);
    }

    /**
     * The region the actor works for: a worker of a Veilig Thuis region, or the region's own API client. Anyone else
     * is refused, and the refusal is logged.
     */
    TenantId regio(Actor by, String event) {
        TenantId tenant = by.tenantId();
        boolean vt = tenant != null
                && (VT_ROLLEN.stream().anyMatch(by::hasRole) || (by.hasRole(Role.API_KOPPELING) && isRegio(tenant)));
        if (!vt || tenant == null) {
            accessLog.recordDenial(AccessEvent.by(by, event, ActionCode.R));
            throw new AccessDeniedException(event);
        }
        return tenant;
    }

    boolean isRegio(TenantId tenant) {
        return organisation.tenantsOfKind(TenantKind.VEILIG_THUIS_REGIO).stream()
                .anyMatch(t -> t.id().equals(tenant));
    }

    /** Refuses (and logs, for the case's region as well: ADR-0042) an actor without one of the roles. */
    void requireRole(Actor by, Set<Role> roles, String event, UUID zaak) {
        if (roles.stream().noneMatch(by::hasRole)) {
            accessLog.recordDenial(geweigerd(by, event, ActionCode.R, zaak));
            throw new AccessDeniedException(event);
        }
    }

    /**
     * The row of a refused attempt on a case, for the case's region as well (ADR-0021, ADR-0042), whoever asked and
     * whether or not the case exists; the asker is told nothing more.
     */
    AccessEvent geweigerd(Actor by, String event, ActionCode action, UUID zaak) {
        return event(by, event, action, zaak).ownedBy(store.ownerOf(zaak).orElse(null));
    }

    /**
     * The case, when it belongs to the actor's region. For anyone else, and for a case that does not exist, the
     * attempt is logged as refused and the answer is "not found". The refusal is logged for the case's region as well
     * (ADR-0021), without telling the actor whether the case exists.
     */
    ZaakView accessible(Actor by, UUID id, String event, ActionCode action) {
        TenantId tenant = by.tenantId();
        boolean vt = tenant != null && (VT_ROLLEN.stream().anyMatch(by::hasRole) || by.hasRole(Role.API_KOPPELING));
        Zaak row = vt ? store.find(tenant, id).orElse(null) : null;
        if (row == null) {
            accessLog.recordDenial(geweigerd(by, event, action, id));
            throw new NotFoundException(OBJECT_TYPE);
        }
        var melder = store.melder(id);
        ZaakView zaak = new ZaakView(
                row,
                store.betrokkenen(id),
                store.entries(id),
                melder.isPresent(),
                melder.map(nl.schakel.veiligthuis.domain.Melder::afgeschermd).orElse(false),
                vandaag(),
                ZaakActies.GEEN);
        return zaak.met(ZaakActies.van(by.role(), feiten(zaak, by), vandaag()));
    }

    /**
     * What the case page's model needs to know of the case, read from its row and journal, as seen by this person (a
     * proposal they made themselves is one they may not judge).
     */
    static ZaakFeiten feiten(ZaakView zaak, Actor by) {
        Zaak row = zaak.zaak();
        List<JournalEntry<EntryPayload>> journal = zaak.journal();
        VbStand vb = VbStand.van(journal);
        boolean voorstelOpen = row.status() == ZaakStatus.BESLUIT_VOORGESTELD
                && vb.openVoorstel().isPresent();
        var wijzigingen = Veiligheidsvoorwaarden.van(journal).openWijzigingen();
        var stabiel = Monitoringsplan.openVoorstel(journal);
        return new ZaakFeiten(
                row.soort(),
                row.status(),
                row.acuut(),
                zaak.intake().beller() == Beller.BEROEPSKRACHT,
                !zaak.all(EersteContact.class).isEmpty(),
                // a source the worker consulted: the VT-register that Schakel fills itself does not count
                zaak.all(Verrijking.class).stream().anyMatch(v -> v.bron().handmatig()),
                vb.taxatie().isPresent(),
                Voorstel.van(
                        voorstelOpen,
                        vb.openVoorstel()
                                .filter(e -> !e.authorId().equals(by.userId()))
                                .isPresent()),
                Voorstel.van(
                        !wijzigingen.isEmpty(),
                        wijzigingen.stream().anyMatch(w -> !w.entry().authorId().equals(by.userId()))),
                Voorstel.van(
                        stabiel.isPresent(),
                        stabiel.filter(e -> !e.authorId().equals(by.userId())).isPresent()),
                TerugkoppelingVersturen.mogelijk(zaak),
                !nl.schakel.veiligthuis.domain.Overdrachten.van(journal)
                        .partijen()
                        .isEmpty(),
                Dienststand.van(journal),
                row.vbUiterlijk(),
                row.onderzoekUiterlijk(),
                zaak.monitoring()
                        .flatMap(Monitoringsplan::volgende)
                        .map(Monitoringsplan.Moment::datum)
                        .orElse(null));
    }

    /**
     * Moves the case on by the services' state machine ({@link nl.schakel.veiligthuis.domain.Dienstverloop}): a move
     * that does not fit the case's state or whose condition is not met is refused with a Dutch message, and so is a
     * move another worker made first. A move into monitoring records today as the day monitoring started; a move that
     * closes the case ends its involvement in the national VT-register.
     *
     * @return the state the case is in now
     */
    nl.schakel.veiligthuis.domain.ZaakStatus beweeg(
            ZaakView zaak,
            nl.schakel.veiligthuis.domain.Overgang overgang,
            nl.schakel.veiligthuis.domain.Dienststand stand) {
        var van = zaak.zaak().status();
        var naar = nl.schakel.veiligthuis.domain.Dienstverloop.na(van, overgang, stand);
        if (!store.updateStatus(zaak.zaak().id(), van, naar, vandaag())) {
            throw new nl.schakel.shared.InvalidInputException("", "vt.fout.alveranderd");
        }
        gesloten(zaak.zaak(), naar);
        return naar;
    }

    /** Ends the involvement in the national VT-register when the case reached a state it never leaves. */
    void gesloten(Zaak zaak, nl.schakel.veiligthuis.domain.ZaakStatus naar) {
        if (nl.schakel.veiligthuis.domain.Dienstverloop.eindtoestand(naar)) {
            register.beeindigen(zaak.tenantId(), zaak.id());
        }
    }

    /**
     * Four eyes on a proposal ({@link nl.schakel.veiligthuis.domain.VierOgen}): anyone but a gedragswetenschapper who
     * did not make it is refused, and the refusal is logged; a gedragswetenschapper judging their own proposal gets the
     * Dutch message {@code eigenVoorstel}, anyone else "access denied".
     */
    void vierOgen(Actor by, JournalEntry<EntryPayload> voorstel, String event, UUID zaak, String eigenVoorstel) {
        if (!nl.schakel.veiligthuis.domain.VierOgen.magBeoordelen(voorstel.authorId(), by.userId(), by.role())) {
            accessLog.recordDenial(event(by, event, ActionCode.U, zaak));
            if (by.role() != Role.GEDRAGSWETENSCHAPPER) {
                throw new AccessDeniedException(event);
            }
            throw new nl.schakel.shared.InvalidInputException("", eigenVoorstel);
        }
    }

    /** Writes the log row of an action on a case. */
    void log(Actor by, String event, ActionCode action, UUID zaak, @Nullable String segment) {
        AccessEvent e = event(by, event, action, zaak);
        accessLog.record(segment == null ? e : e.segment(segment));
    }

    /** Appends a new entry with the payload to a case already found for the actor, and logs it. */
    JournalEntry<EntryPayload> append(Actor by, ZaakView zaak, String event, String segment, EntryPayload payload) {
        JournalEntry<EntryPayload> entry = insert(by, zaak, payload);
        log(by, event, ActionCode.C, zaak.zaak().id(), segment);
        return entry;
    }

    /**
     * Marks the case acute with the reason (rule 34): the entry with its log row, and the case's row, so that it
     * stands at the top of the queue at once and is marked acute everywhere.
     */
    void markeerAcuut(Actor by, ZaakView zaak, nl.schakel.veiligthuis.domain.AcuutGemarkeerd markering) {
        append(by, zaak, "veiligthuis.acuut", "acuut", markering);
        store.markeerAcuut(zaak.zaak().id());
    }

    /**
     * Appends the entry without its own log row, for an action whose one log row the caller writes itself (such as a
     * read that leaves a trace in the journal).
     */
    JournalEntry<EntryPayload> insert(Actor by, ZaakView zaak, EntryPayload payload) {
        Actor author = by.apiClient() != null ? by.apiClient() : by;
        JournalEntry<EntryPayload> entry = JournalEntry.of(
                zaak.zaak().id(),
                clock.instant(),
                author.userId(),
                author.displayName(),
                author.role(),
                by.apiClient() != null ? by.username() : null,
                payload);
        store.insertEntry(entry);
        return entry;
    }

    static AccessEvent event(Actor by, String event, ActionCode action, UUID zaak) {
        return AccessEvent.by(by, event, action).on(OBJECT_TYPE, zaak);
    }
}
