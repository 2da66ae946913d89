package nl.schakel.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.dossier.domain.Betrokkene;
import nl.schakel.dossier.domain.BetrokkeneToegevoegd;
import nl.schakel.dossier.domain.CollegialeConsultatie;
import nl.schakel.dossier.domain.EntryPayload;
import nl.schakel.dossier.domain.Signaal;
import nl.schakel.dossier.domain.Uitvoerder;
import nl.schakel.dossier.persistence.DossierStore;
import nl.schakel.organisation.Codelijsten;
import nl.schakel.organisation.Colleague;
import nl.schakel.organisation.Colleagues;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Pagina;
import nl.schakel.shared.Paginering;
import nl.schakel.shared.Relatie;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import nl.schakel.shared.VormVanGeweld;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The professional's meldcode dossiers. A beroepskracht or aandachtsfunctionaris of an organisation opens one; the
 * owner, colleagues it is shared with, its executor (rule 24) and the aandachtsfunctionarissen of the same tenant may
 * see it and add to its journal (see {@link DossierAccess}); anyone else is told
 * "not found", and the attempt is logged. Every read and write writes its access-log row in the same transaction.
 */
@Service
public class DossierManagement {

    private final DossierStore store;
    private final DossierAccess access;
    private final AccessLog accessLog;
    private final Clock clock;
    private final Colleagues colleagues;
    private final Codelijsten codelijsten;
    private final DossierMeldprotocol meldprotocol;

    DossierManagement(
            DossierStore store,
            DossierAccess access,
            AccessLog accessLog,
            Clock clock,
            Colleagues colleagues,
            Codelijsten codelijsten,
            DossierMeldprotocol meldprotocol) {
        this.store = store;
        this.access = access;
        this.accessLog = accessLog;
        this.clock = clock;
        this.colleagues = colleagues;
        this.codelijsten = codelijsten;
        this.meldprotocol = meldprotocol;
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

    /**
     * Opens a dossier owned by the actor with its first betrokkene(n); all or nothing. It follows the meldprotocol in
     * force (see {@link #insert}); when the actor only signals, the dossier is assigned to the organisation's
     * executor, who records its steps 2–5 and is told (rule 24).
     */
    @Transactional
    public UUID open(Actor by, List<NewBetrokkene> betrokkenen) {
        TenantId tenant = by.tenantId();
        if (!DossierAccess.worksWithClients(by) || tenant == null) {
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
        insert(by, tenant, id, null);
        for (int i = 0; i < checked.size(); i++) {
            store.insertBetrokkene(id, i, checked.get(i));
        }
        access.log(by, "dossier.create", ActionCode.C, id, "betrokkenen");
        return id;
    }

    /**
     * Stores a new open dossier of the actor that follows the meldprotocol in force: it records the version and the
     * afwegingskader the version gives the actor, and is handed to the uitvoerder (rule 24), who is told until they
     * open it (the named colleague, or the aandachtsfunctionarissen).
     */
    void insert(Actor by, TenantId tenant, UUID id, @Nullable UUID vorigDossier) {
        DossierMeldprotocol.Opening opening = meldprotocol.bijOpenen(by, tenant);
        Uitvoerder uitvoerder = opening.uitvoerder();
        access.insert(
                by.teamId(),
                new DossierStore.Row(
                        id,
                        tenant,
                        by.userId(),
                        by.displayName(),
                        clock.instant(),
                        DossierStatus.OPEN,
                        uitvoerder,
                        vorigDossier,
                        opening.versie(),
                        opening.kaderCode()));
        if (uitvoerder.soort() != Uitvoerder.Soort.EIGENAAR) {
            UUID named = uitvoerder.id();
            store.insertToewijzing(id, tenant, named == null ? null : new UserId(named), today(), clock.instant());
        }
    }

    /**
     * The actor's dossiers: those they own, those shared with them and those assigned to them to record steps 2–5;
     * for an aandachtsfunctionaris all dossiers of the own tenant. One page, newest first (ADR-0036).
     */
    @Transactional
    public Pagina<DossierSummary> myDossiers(Actor by, Paginering pagina) {
        TenantId tenant = by.tenantId();
        if (!DossierAccess.worksWithClients(by) || tenant == null) {
            accessLog.recordDenial(AccessEvent.by(by, "dossier.list", ActionCode.R));
            throw new AccessDeniedException("dossier.list");
        }
        Optional<UserId> owner = by.hasRole(Role.AANDACHTSFUNCTIONARIS) ? Optional.empty() : Optional.of(by.userId());
        Pagina<DossierSummary> list = Pagina.van(store.list(tenant, owner, pagina), pagina)
                .map(r -> new DossierSummary(
                        r.dossier().id(),
                        r.dossier().createdAt(),
                        r.dossier().status(),
                        r.dossier().ownerName(),
                        r.firstBetrokkene()));
        accessLog.record(AccessEvent.by(by, "dossier.list", ActionCode.R).segment("overzicht"));
        return list;
    }

    /** One dossier with its betrokkenen and journal. */
    @Transactional
    public DossierView dossier(Actor by, UUID id) {
        return view(by, access.accessible(by, id, "dossier.read", ActionCode.R));
    }

    /** The view of a dossier already found for the actor, logged as one read; for the module's other facades. */
    DossierView view(Actor by, DossierAccess.Found found) {
        DossierView view = DossierView.of(found, store.vervolgVan(found.id()).orElse(null));
        access.log(by, "dossier.read", ActionCode.R, found.id(), "dossier");
        return view;
    }

    /** The most betrokkenen one dossier holds; a larger family is more than one concern. */
    public static final int MAX_BETROKKENEN = 20;

    /** Adds a betrokkene to an open dossier, with a journal entry that says who added whom; all or nothing. */
    @Transactional
    public UUID addBetrokkene(Actor by, UUID id, NewBetrokkene betrokkene) {
        DossierAccess.Found found = access.accessible(by, id, "dossier.betrokkene.create", ActionCode.C);
        if (found.betrokkenen().size() >= MAX_BETROKKENEN) {
            throw new InvalidInputException("", "dossier.fout.teveelbetrokkenen");
        }
        Betrokkene checked = Betrokkene.of(
                betrokkene.naam(), betrokkene.geboortedatum(), betrokkene.bsn(), betrokkene.relatie(), today());
        access.append(by, found, "dossier.betrokkene.create", "betrokkene", BetrokkeneToegevoegd.of(checked));
        store.insertBetrokkene(id, found.betrokkenen().size(), checked);
        return checked.id();
    }

    /** Adds a signaal of step 1 to the journal. */
    @Transactional
    public UUID addSignaal(Actor by, UUID id, NewSignaal signaal) {
        return access.append(by, id, "dossier.signaal.create", "signaal", checked(signaal))
                .id();
    }

    /** Adds a collegiale consultatie of step 2 to the journal. */
    @Transactional
    public UUID addConsultatie(Actor by, UUID id, NewConsultatie consultatie) {
        CollegialeConsultatie checked = CollegialeConsultatie.of(
                consultatie.datum(), consultatie.met(), consultatie.persoon(), consultatie.advies(), today());
        return access.append(by, id, "dossier.consultatie.create", "consultatie", checked)
                .id();
    }

    /** Corrects a signaal with a new entry that names it and the reason; the original stays. */
    @Transactional
    public UUID correct(Actor by, UUID id, UUID entryId, NewSignaal corrected, String reason) {
        return correct(by, id, entryId, checked(corrected), reason);
    }

    /**
     * Corrects an entry of any kind with a new entry of the same kind that names it and the reason; the original
     * stays as it was.
     */
    @Transactional
    public UUID correct(Actor by, UUID id, UUID entryId, EntryPayload corrected, String reason) {
        return access.correct(
                        by,
                        id,
                        "dossier.entry.correct",
                        corrected.kind().name().toLowerCase(Locale.ROOT),
                        entryId,
                        corrected,
                        reason)
                .id();
    }

    /**
     * What a new collegiale consultatie can be pre-filled with: the aandachtsfunctionarissen of the actor's
     * organisation other than the actor (names and roles of colleagues only, no client data).
     */
    public CollegialeConsultatie.Voorstel consultatieVoorstel(Actor by) {
        if (by.tenantId() == null) {
            return CollegialeConsultatie.Voorstel.of(List.of());
        }
        return CollegialeConsultatie.Voorstel.of(colleagues.of(by.tenantId()).stream()
                .filter(c ->
                        c.role() == Role.AANDACHTSFUNCTIONARIS && !c.userId().equals(by.userId()))
                .map(Colleague::displayName)
                .toList());
    }

    /** Today in the application's clock, for the checks of typed dates. */
    public LocalDate today() {
        return access.today();
    }

    /**
     * Checks a typed signaal and builds it: the national categories are those sent plus those of the chosen codes of
     * the code list; an unknown or inactive code is refused on field "vormen", together with every other problem.
     */
    public Signaal checked(NewSignaal s) {
        Set<VormVanGeweld> vormen = EnumSet.noneOf(VormVanGeweld.class);
        vormen.addAll(s.vormen());
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            vormen.addAll(codelijsten.categorieen(s.codes()));
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        try {
            Signaal signaal = Signaal.of(
                    s.datum(), s.waarneming(), s.soort(), s.bron(), vormen, s.codes(), s.disclosure(), today());
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return signaal;
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
            throw new InvalidInputException(errors);
        }
    }
}
