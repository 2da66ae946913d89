package nl.schakel.organisation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.identity.MemberView;
import nl.schakel.organisation.persistence.InvoeringStore;
import nl.schakel.shared.Actor;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The implementation checklist of the meldcode (issue 13): the beheerder and the aandachtsfunctionarissen of a tenant
 * see every item with its owner, status, due date, evidence and the progress, change an item (a new row: the history
 * stays), upload a document as evidence and download it again. The six minimum requirements are checked automatically
 * by the meldprotocol in force ({@link Meldprotocollen#minimumeisen}), which says why. Every read, change and download
 * writes its access-log row in the same transaction (a download as an export); nobody else gets in.
 */
@Service
public class Invoeringsbeheer {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final String TYPE = "invoeringspunt";

    private final InvoeringStore store;
    private final Meldprotocollen meldprotocollen;
    private final IdentityManagement identity;
    private final AccessLog accessLog;
    private final Clock clock;

    private final OrganisatieToegang toegang;

    Invoeringsbeheer(
            InvoeringStore store,
            Meldprotocollen meldprotocollen,
            IdentityManagement identity,
            AccessLog accessLog,
            Clock clock,
            OrganisatieToegang toegang) {
        this.toegang = toegang;
        this.store = store;
        this.meldprotocollen = meldprotocollen;
        this.identity = identity;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Every item with the progress and the whole history, newest first. */
    @Transactional
    public Invoeringsoverzicht overzicht(Actor by) {
        TenantId tenant = tenant(by, "organisation.invoering.list", ActionCode.R);
        accessLog.record(
                AccessEvent.by(by, "organisation.invoering.list", ActionCode.R).on("tenant", tenant.value()));
        return overzicht(tenant, store.geschiedenis(tenant));
    }

    /** Every item with the progress, and the history of this one, newest first. */
    @Transactional
    public Invoeringsoverzicht punt(Actor by, Invoeringspunt punt) {
        TenantId tenant = tenant(by, "organisation.invoering.read", ActionCode.R);
        accessLog.record(
                AccessEvent.by(by, "organisation.invoering.read", ActionCode.R).on(TYPE, punt.code()));
        List<Invoeringswijziging> geschiedenis = store.geschiedenis(tenant);
        Invoeringsoverzicht alles = overzicht(tenant, geschiedenis);
        return new Invoeringsoverzicht(
                alles.items(),
                alles.voortgang(),
                alles.geschiedenis().stream().filter(w -> w.punt() == punt).toList(),
                alles.namen(),
                alles.eigenaren());
    }

    /**
     * Records the item's new owner, status, due date and note ({@link Invoeringsregels#wijziging}) as a new row; the
     * rows before it stay.
     */
    @Transactional
    public void wijzig(Actor by, Invoeringspunt punt, Invoeringsregels.Invoer invoer) {
        TenantId tenant = tenant(by, "organisation.invoering.update", ActionCode.U);
        List<Invoeringswijziging> geschiedenis = store.geschiedenis(tenant);
        Invoeringsstand huidig = geschiedenis.stream()
                .filter(w -> w.punt() == punt)
                .reduce((eerder, later) -> later)
                .map(Invoeringswijziging::stand)
                .orElse(Invoeringsstand.nieuw(punt));
        boolean documenten = store.bewijsstukken(tenant).stream().anyMatch(d -> d.punt() == punt);
        Invoeringsstand nieuw = Invoeringsregels.wijziging(
                punt, invoer, huidig, eigenaren(tenant).keySet(), documenten);
        store.insert(tenant, new Invoeringswijziging(0, punt, nieuw, now(), by.username()));
        accessLog.record(AccessEvent.by(by, "organisation.invoering.update", ActionCode.U)
                .on(TYPE, punt.code()));
    }

    /**
     * Stores a document as evidence for the item, after checking its size and, by its content, its kind
     * ({@link Bewijsregels}).
     *
     * @param bestandsnaam the name the browser gave (kept cleaned, for the download; never logged)
     * @return the document's id
     */
    @Transactional
    public UUID voegBewijsstukToe(Actor by, Invoeringspunt punt, String bestandsnaam, byte[] inhoud) {
        TenantId tenant = tenant(by, "organisation.invoering.bewijsstuk.create", ActionCode.C);
        Bestandssoort soort = Bewijsregels.soort(inhoud);
        UUID id = UUID.randomUUID();
        store.insert(
                tenant,
                new Bewijsstuk(
                        id,
                        punt,
                        Bewijsregels.bestandsnaam(bestandsnaam, soort),
                        soort,
                        inhoud.length,
                        now(),
                        by.username()),
                inhoud);
        accessLog.record(AccessEvent.by(by, "organisation.invoering.bewijsstuk.create", ActionCode.C)
                .on("bewijsstuk", id)
                .segment(punt.code()));
        return id;
    }

    /** A document of the own tenant with its content, for download: logged as an export. */
    @Transactional
    public Bewijsstuk.Inhoud bewijsstuk(Actor by, UUID id) {
        TenantId tenant = tenant(by, "organisation.invoering.bewijsstuk.export", ActionCode.E);
        Bewijsstuk.Inhoud inhoud = store.inhoud(tenant, id).orElseThrow(() -> {
            accessLog.recordDenial(AccessEvent.by(by, "organisation.invoering.bewijsstuk.export", ActionCode.E)
                    .on("bewijsstuk", id));
            return new NotFoundException("bewijsstuk");
        });
        accessLog.record(AccessEvent.by(by, "organisation.invoering.bewijsstuk.export", ActionCode.E)
                .on("bewijsstuk", id)
                .segment(inhoud.stuk().punt().code()));
        return inhoud;
    }

    private Invoeringsoverzicht overzicht(TenantId tenant, List<Invoeringswijziging> geschiedenis) {
        LocalDate vandaag = LocalDate.ofInstant(clock.instant(), DUTCH_TIME);
        List<Invoeringsitem> items = Invoeringsregels.items(
                geschiedenis, store.bewijsstukken(tenant), meldprotocollen.minimumeisen(tenant), vandaag);
        List<MemberView> leden = identity.membersOf(tenant);
        return new Invoeringsoverzicht(
                items,
                Invoeringsregels.voortgang(items),
                geschiedenis.reversed(),
                leden.stream().collect(Collectors.toMap(MemberView::userId, MemberView::displayName, (a, b) -> a)),
                eigenaren(leden));
    }

    private Map<UserId, String> eigenaren(TenantId tenant) {
        return eigenaren(identity.membersOf(tenant));
    }

    /** The enabled members of the tenant, by name: who may own an item. */
    private static Map<UserId, String> eigenaren(List<MemberView> leden) {
        Map<UserId, String> eigenaren = new LinkedHashMap<>();
        leden.stream()
                .filter(MemberView::enabled)
                .sorted(Comparator.comparing(MemberView::displayName, String.CASE_INSENSITIVE_ORDER))
                .forEach(m -> eigenaren.put(m.userId(), m.displayName()));
        return eigenaren;
    }

    /**
     * The beheerder and the aandachtsfunctionarissen of an organisation bound by the meldcode (not of a Veilig Thuis
     * region); anyone else is refused, and that is logged.
     */
    private TenantId tenant(Actor by, String event, ActionCode action) {
        return toegang.eigenOrganisatie(by, Set.of(Role.BEHEERDER, Role.AANDACHTSFUNCTIONARIS), event, action);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
