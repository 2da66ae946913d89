package nl.schakel.reporting.informatie;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.organisation.OrganisationManagement;
import nl.schakel.organisation.Team;
import nl.schakel.reporting.domain.Managementcijfers;
import nl.schakel.reporting.persistence.ReportingCijferStore;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Management information of the actor's own organisation, for its leidinggevende and its beheerder: figures from the
 * read model only, protected against small numbers (ADR-0032), never case content. Every read and every export is in
 * the access log. The module is called by nobody, so this facade is internal: only {@code reporting.web} uses it.
 */
@Service
public class Managementinformatie {

    /** How many years back the pages offer. */
    static final int JAREN = 5;

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final String OBJECT_TYPE = "managementinformatie";

    private final ReportingCijferStore store;
    private final OrganisationManagement organisation;
    private final AccessLog accessLog;
    private final Clock clock;

    Managementinformatie(
            ReportingCijferStore store, OrganisationManagement organisation, AccessLog accessLog, Clock clock) {
        this.store = store;
        this.organisation = organisation;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** The protected figures of a year, to read on the page; the read is logged. */
    @Transactional
    public Overzicht lees(Actor by, int jaar) {
        return overzicht(by, jaar, "reporting.management.read", ActionCode.R);
    }

    /** The same protected figures, to export as CSV; the export is logged as such. */
    @Transactional
    public Overzicht exporteer(Actor by, int jaar) {
        return overzicht(by, jaar, "reporting.management.export", ActionCode.E);
    }

    private Overzicht overzicht(Actor by, int jaar, String event, ActionCode action) {
        TenantId tenant = requireLeidinggevende(by, event, action);
        LocalDate vandaag = LocalDate.ofInstant(clock.instant(), DUTCH_TIME);
        List<Integer> jaren = jaren(tenant, vandaag);
        int gekozen = jaren.contains(jaar) ? jaar : vandaag.getYear();
        List<Team> teams = organisation.teams(by);
        // the year with a day's margin on both sides: the periods are Dutch calendar days
        Instant van = LocalDate.of(gekozen, 1, 1)
                .minusDays(1)
                .atStartOfDay(DUTCH_TIME)
                .toInstant();
        Instant tot = LocalDate.of(gekozen + 1, 1, 2).atStartOfDay(DUTCH_TIME).toInstant();
        Managementcijfers cijfers = Managementcijfers.bereken(
                gekozen,
                teams.stream().map(t -> t.id().value()).toList(),
                store.dossiers(tenant, van, tot),
                store.signalen(tenant, van, tot),
                DUTCH_TIME,
                vandaag);
        accessLog.record(AccessEvent.by(by, event, action).on(OBJECT_TYPE, String.valueOf(gekozen)));
        Map<UUID, String> namen = teams.stream().collect(Collectors.toMap(t -> t.id().value(), Team::name));
        return new Overzicht(cijfers, namen, jaren);
    }

    /** The years to choose from: this year and the earlier ones with dossiers, at most {@value #JAREN}. */
    private List<Integer> jaren(TenantId tenant, LocalDate vandaag) {
        int eerste = store.eersteDossier(tenant)
                .map(m -> m.atZone(DUTCH_TIME).getYear())
                .orElse(vandaag.getYear());
        List<Integer> jaren = new ArrayList<>();
        for (int j = vandaag.getYear(); j >= Math.max(eerste, vandaag.getYear() - JAREN + 1); j--) {
            jaren.add(j);
        }
        return jaren;
    }

    private TenantId requireLeidinggevende(Actor by, String event, ActionCode action) {
        TenantId tenant = by.tenantId();
        boolean mag = by.hasRole(Role.LEIDINGGEVENDE) || by.hasRole(Role.BEHEERDER);
        if (!mag || tenant == null || organisation.ownTenant(by).kind() != TenantKind.ORGANISATIE) {
            accessLog.recordDenial(AccessEvent.by(by, event, action).on(OBJECT_TYPE, "toegang"));
            throw new AccessDeniedException(event);
        }
        return tenant;
    }

    /**
     * The protected figures of the chosen year with the names of the organisation's teams and the years to choose
     * from (newest first).
     */
    public record Overzicht(Managementcijfers cijfers, Map<UUID, String> teamnamen, List<Integer> jaren) {}
}
