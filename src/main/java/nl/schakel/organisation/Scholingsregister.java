package nl.schakel.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.identity.MemberView;
import nl.schakel.organisation.persistence.ScholingStore;
import nl.schakel.organisation.persistence.TenantStore;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Herinneringen;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.NotFoundException;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantKind;
import nl.schakel.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training register (deskundigheidsbevordering, issue 13, F10; ADR-0033): which meldcode and afwegingskader
 * trainings each member followed and when, the refresh interval per role, who is due, and the members' e-mail
 * addresses for the reminders. The beheerder and the aandachtsfunctionaris read and edit the register; only the
 * beheerder sets the intervals and the e-mail addresses; every member sees their own trainings and, on the home page,
 * a notice when theirs expires within {@link Scholingsregel#DAGEN_VOORAF} days or has expired. Every read and change
 * writes its access-log row in the same transaction. {@link #status} is the training status other parts use (the
 * aandachtsfunctionarissen in the meldprotocol, the checklist's deskundigheidsbevordering).
 */
@Service
public class Scholingsregister implements Herinneringen {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate EERSTE_DAG = LocalDate.of(1990, 1, 1);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final ScholingStore store;
    private final TenantStore tenants;
    private final IdentityManagement identity;
    private final ScholingMail mail;
    private final AccessLog accessLog;
    private final Clock clock;

    Scholingsregister(
            ScholingStore store,
            TenantStore tenants,
            IdentityManagement identity,
            ScholingMail mail,
            AccessLog accessLog,
            Clock clock) {
        this.store = store;
        this.tenants = tenants;
        this.mail = mail;
        this.identity = identity;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * One member in the overview of who is due.
     *
     * @param verplicht the member's role has a refresh interval (more than 0 months), so the member needs training
     */
    public record Regel(
            UserId lid, String naam, Role rol, ScholingStatus status, boolean verplicht, boolean heeftEmail) {}

    /**
     * The register of a tenant: every active member with their status (expired first, then due soon, none, valid),
     * and the refresh interval per role in months.
     */
    public record Overzicht(List<Regel> leden, Map<Role, Integer> intervallen) {

        /** How many members whose role needs training are in this state. */
        public long aantal(ScholingStatus.Stand stand) {
            return leden.stream()
                    .filter(r -> r.verplicht() && r.status().stand() == stand)
                    .count();
        }
    }

    /** One member's trainings, latest first, with their status and e-mail address (empty when none). */
    public record Lid(
            UserId lid, String naam, Role rol, ScholingStatus status, List<Scholing> scholingen, String email) {}

    /** The training status of a member of the tenant today; {@link ScholingStatus#geen()} for anyone unknown. */
    @Transactional(readOnly = true)
    public ScholingStatus status(TenantId tenant, UserId member) {
        return lid(tenant, member)
                .map(m -> status(tenant, m, store.of(tenant, member), store.intervals(tenant)))
                .orElse(ScholingStatus.geen());
    }

    /** The overview of the actor's tenant, for the beheerder and the aandachtsfunctionaris. */
    @Transactional
    public Overzicht overzicht(Actor by) {
        TenantId tenant = reader(by, "organisation.scholing.list", ActionCode.R);
        Map<Role, Integer> intervals = store.intervals(tenant);
        Map<Role, Integer> inForce = intervallen(tenant, intervals);
        List<Scholing> all = store.all(tenant);
        Map<UserId, String> emails = store.emails(tenant);
        List<Regel> rows = new ArrayList<>();
        for (MemberView m : actief(tenant)) {
            List<Scholing> own =
                    all.stream().filter(s -> s.lid().equals(m.userId())).toList();
            rows.add(new Regel(
                    m.userId(),
                    m.displayName(),
                    m.role(),
                    status(tenant, m, own, intervals),
                    inForce.getOrDefault(m.role(), 0) > 0,
                    emails.containsKey(m.userId())));
        }
        rows.sort(Comparator.comparing((Regel r) -> !r.verplicht())
                .thenComparing(r -> r.status().stand())
                .thenComparing(r -> r.status().geldigTot(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Regel::naam, String.CASE_INSENSITIVE_ORDER));
        accessLog.record(
                AccessEvent.by(by, "organisation.scholing.list", ActionCode.R).on("tenant", tenant));
        return new Overzicht(rows, inForce);
    }

    /** One member's trainings, for the beheerder and the aandachtsfunctionaris of the member's tenant. */
    @Transactional
    public Lid vanLid(Actor by, UserId member) {
        TenantId tenant = reader(by, "organisation.scholing.read", ActionCode.R);
        Lid lid = lidMetScholingen(
                tenant, identity.memberOfOrRefuse(by, tenant, member, "organisation.scholing.read", ActionCode.R));
        accessLog.record(
                AccessEvent.by(by, "organisation.scholing.read", ActionCode.R).on("account", member));
        return lid;
    }

    /** The actor's own trainings: every member of a tenant may see them. */
    @Transactional
    public Lid eigen(Actor by) {
        TenantId tenant = by.tenantId();
        if (tenant == null) {
            throw new NotFoundException("account");
        }
        Lid lid =
                lidMetScholingen(tenant, lid(tenant, by.userId()).orElseThrow(() -> new NotFoundException("account")));
        accessLog.record(
                AccessEvent.by(by, "organisation.scholing.read", ActionCode.R).on("account", by.userId()));
        return lid;
    }

    /**
     * Records a training a member of the tenant followed, by the beheerder or the aandachtsfunctionaris. The day is
     * required and not in the future; the description (e.g. the provider) is optional, at most 200 characters.
     */
    @Transactional
    public UUID registreer(
            Actor by,
            UserId member,
            @Nullable ScholingSoort soort,
            @Nullable LocalDate gevolgdOp,
            String omschrijving) {
        TenantId tenant = reader(by, "organisation.scholing.create", ActionCode.C);
        identity.memberOfOrRefuse(by, tenant, member, "organisation.scholing.create", ActionCode.C);
        Map<String, String> errors = new LinkedHashMap<>();
        if (soort == null) {
            errors.put("soort", "scholing.fout.soort");
        }
        if (gevolgdOp == null || gevolgdOp.isBefore(EERSTE_DAG)) {
            errors.put("datum", "scholing.fout.datum");
        } else if (gevolgdOp.isAfter(today())) {
            errors.put("datum", "scholing.fout.toekomst");
        }
        String clean = omschrijving.strip();
        if (clean.length() > 200) {
            errors.put("omschrijving", "scholing.fout.omschrijving");
        }
        if (!errors.isEmpty() || soort == null || gevolgdOp == null) {
            throw new InvalidInputException(errors);
        }
        UUID id = UUID.randomUUID();
        store.insert(tenant, new Scholing(id, member, soort, clean, gevolgdOp), by.userId(), clock.instant());
        accessLog.record(AccessEvent.by(by, "organisation.scholing.create", ActionCode.C)
                .on("account", member)
                .segment(soort.name()));
        return id;
    }

    /** Withdraws a training entered by mistake (the row stays, marked withdrawn); returns whose it was. */
    @Transactional
    public UserId trekIn(Actor by, UUID scholing) {
        TenantId tenant = reader(by, "organisation.scholing.withdraw", ActionCode.D);
        UserId member = store.memberOf(tenant, scholing).orElseThrow(() -> new NotFoundException("scholing"));
        store.withdraw(tenant, scholing, by.userId(), clock.instant());
        accessLog.record(AccessEvent.by(by, "organisation.scholing.withdraw", ActionCode.D)
                .on("account", member)
                .segment(scholing.toString()));
        return member;
    }

    /** The beheerder sets the refresh interval of a role of the tenant: 0 (no refresher) to 120 months. */
    @Transactional
    public void zetInterval(Actor by, @Nullable Role role, @Nullable Integer maanden) {
        TenantId tenant = beheerder(by, "organisation.scholing.interval");
        Map<String, String> errors = new LinkedHashMap<>();
        if (role == null || !role.fitsTenant(kind(tenant))) {
            errors.put("rol", "scholing.fout.rol");
        }
        if (maanden == null || maanden < 0 || maanden > Scholingsregel.MAXIMUM_MAANDEN) {
            errors.put("maanden", "scholing.fout.maanden");
        }
        if (!errors.isEmpty() || role == null || maanden == null) {
            throw new InvalidInputException(errors);
        }
        store.insertInterval(tenant, role, maanden, by.userId(), clock.instant());
        accessLog.record(AccessEvent.by(by, "organisation.scholing.interval", ActionCode.U)
                .on("tenant", tenant)
                .segment(role.name()));
    }

    /** The beheerder sets a member's e-mail address for the reminders; blank removes it. */
    @Transactional
    public void zetEmail(Actor by, UserId member, String email) {
        TenantId tenant = beheerder(by, "organisation.member.email");
        identity.memberOfOrRefuse(by, tenant, member, "organisation.member.email", ActionCode.U);
        String clean = email.strip();
        if (!clean.isEmpty() && (clean.length() > 254 || !EMAIL.matcher(clean).matches())) {
            throw new InvalidInputException("email", "lid.fout.email");
        }
        store.setEmail(tenant, member, clean.isEmpty() ? null : clean, clock.instant());
        accessLog.record(AccessEvent.by(by, "organisation.member.email", ActionCode.U)
                .on("account", member)
                .segment(clean.isEmpty() ? "verwijderd" : "gewijzigd"));
    }

    /** The members' e-mail addresses, for the beheerder's members page (read there with the members). */
    @Transactional(readOnly = true)
    public Map<UserId, String> emails(Actor by) {
        return store.emails(beheerder(by, "organisation.member.email"));
    }

    /** Whether reminders go by e-mail in this deployment ({@code spring.mail.host} set), for the register page. */
    public boolean emailAan() {
        return mail.aan();
    }

    /** The home page notice: the actor's own training expires within 30 days or has expired. */
    @Override
    @Transactional(readOnly = true)
    public List<Herinnering> open(Actor by) {
        TenantId tenant = by.tenantId();
        if (tenant == null) {
            return List.of();
        }
        ScholingStatus status = status(tenant, by.userId());
        if (!status.vraagtAandacht() || status.geldigTot() == null) {
            return List.of();
        }
        return List.of(new Herinnering(
                "/scholing",
                status.stand() == ScholingStatus.Stand.VERLOPEN
                        ? "scholing.herinnering.verlopen"
                        : "scholing.herinnering.binnenkort",
                status.geldigTot()));
    }

    java.time.Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DUTCH_TIME);
    }

    /** The active members of a tenant, for the daily reminder job. */
    List<MemberView> actief(TenantId tenant) {
        return identity.membersOf(tenant).stream().filter(MemberView::enabled).toList();
    }

    ScholingStatus status(TenantId tenant, MemberView member, List<Scholing> own, Map<Role, Integer> intervals) {
        int maanden = intervals.getOrDefault(member.role(), Scholingsregel.standaardMaanden(member.role()));
        return Scholingsregel.status(own.stream().map(Scholing::gevolgdOp).toList(), maanden, today());
    }

    private Lid lidMetScholingen(TenantId tenant, MemberView m) {
        UserId member = m.userId();
        List<Scholing> own = store.of(tenant, member);
        return new Lid(
                member,
                m.displayName(),
                m.role(),
                status(tenant, m, own, store.intervals(tenant)),
                own,
                store.emails(tenant).getOrDefault(member, ""));
    }

    private Optional<MemberView> lid(TenantId tenant, UserId member) {
        return identity.memberOf(tenant, member);
    }

    private Map<Role, Integer> intervallen(TenantId tenant, Map<Role, Integer> set) {
        Map<Role, Integer> intervals = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            if (role.fitsTenant(kind(tenant))) {
                intervals.put(role, set.getOrDefault(role, Scholingsregel.standaardMaanden(role)));
            }
        }
        return intervals;
    }

    private TenantKind kind(TenantId tenant) {
        return tenants.find(tenant).map(Tenant::kind).orElseThrow(() -> new NotFoundException("tenant"));
    }

    private TenantId reader(Actor by, String event, ActionCode action) {
        TenantId tenant = by.tenantId();
        if (tenant == null || !(by.hasRole(Role.BEHEERDER) || by.hasRole(Role.AANDACHTSFUNCTIONARIS))) {
            accessLog.recordDenial(AccessEvent.by(by, event, action));
            throw new AccessDeniedException(event);
        }
        return tenant;
    }

    private TenantId beheerder(Actor by, String event) {
        TenantId tenant = by.tenantId();
        if (tenant == null || !by.hasRole(Role.BEHEERDER)) {
            accessLog.recordDenial(AccessEvent.by(by, event, ActionCode.U));
            throw new AccessDeniedException(event);
        }
        return tenant;
    }
}
