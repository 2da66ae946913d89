package nl.schakel.register;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.audit.AccessEvent;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.audit.Outcome;
import nl.schakel.register.domain.Betrokkenheid;
import nl.schakel.register.domain.Matchregel;
import nl.schakel.register.persistence.Betrokkenheden;
import nl.schakel.register.persistence.Matches;
import nl.schakel.shared.AccessDeniedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national VT-register (domain spec §3.8, rule 46). A region registers its involvement with the directbetrokkenen
 * of a case and its end; the register finds the other regions that are or were involved with the same person and
 * tells both. There is no search: a region learns only about pseudonyms it registered itself, and a question about
 * any other is refused and logged. Every request is an access-log row naming the region (and its OIN when it came
 * over the federation), in the request's transaction.
 */
@Service
public class VtRegister {

    /** The largest length of a region's contact. */
    public static final int MAX_CONTACT = 200;

    private final Betrokkenheden betrokkenheden;
    private final Matches matches;
    private final AccessLog accessLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VtRegister(
            Betrokkenheden betrokkenheden,
            Matches matches,
            AccessLog accessLog,
            ApplicationEventPublisher events,
            Clock clock) {
        this.betrokkenheden = betrokkenheden;
        this.matches = matches;
        this.accessLog = accessLog;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers the region's involvement with the persons of one of its cases, since {@code sinds}. Idempotent per
     * region, case and person: registering again changes nothing and tells nobody again. Each new match with another
     * region's involvement (active, or ended within the retention period) is recorded once per pair and announced by
     * {@link MatchGevonden} to both regions, in the caller's transaction.
     *
     * @return the ids of the new matches told to the registering region
     */
    @Transactional
    public List<UUID> registreer(
            Regio regio, UUID zaakReferentie, List<Pseudoniem> personen, Instant sinds, String contact) {
        Objects.requireNonNull(zaakReferentie, "zaakReferentie");
        Objects.requireNonNull(sinds, "sinds");
        if (personen.isEmpty() || contact.isBlank() || contact.length() > MAX_CONTACT) {
            throw new IllegalArgumentException("a registration names persons and a contact of at most 200 characters");
        }
        Instant nu = clock.instant();
        List<UUID> nieuw = new ArrayList<>();
        // locks in one order, so that two registrations of the same persons never wait for each other in a circle
        for (Pseudoniem p : personen.stream()
                .sorted(Comparator.comparing(Pseudoniem::waarde))
                .toList()) {
            betrokkenheden.vergrendel(p);
            Betrokkenheid eigen = betrokkenheden.vastleggen(regio, zaakReferentie, p, sinds, contact, nu);
            for (Betrokkenheid andere : Matchregel.matches(eigen, betrokkenheden.met(p), nu)) {
                matches.vastleggen(eigen, andere, nu).ifPresent(paar -> {
                    events.publishEvent(new MatchGevonden(paar.voorEigen(), eigen.regio()));
                    events.publishEvent(new MatchGevonden(paar.voorAndere(), andere.regio()));
                    nieuw.add(paar.voorEigen());
                });
            }
        }
        accessLog.record(verzoek(regio, "register.registreer", ActionCode.C)
                .on("vt-register-zaak", zaakReferentie)
                .purpose(personen.size() + " personen, " + nieuw.size() + " nieuwe matches"));
        return List.copyOf(nieuw);
    }

    /**
     * Ends the region's involvement with the persons of one of its cases at {@code tot}. The ended involvement still
     * matches, shown as ended, until the retention period has passed.
     *
     * @return how many involvements were ended (0 when the case was ended before or never registered)
     */
    @Transactional
    public int beeindig(Regio regio, UUID zaakReferentie, Instant tot) {
        int beeindigd = betrokkenheden.beeindig(regio.id(), zaakReferentie, tot);
        accessLog.record(verzoek(regio, "register.beeindig", ActionCode.U)
                .on("vt-register-zaak", zaakReferentie)
                .purpose(beeindigd + " betrokkenheden beëindigd"));
        return beeindigd;
    }

    /**
     * The match with this id, for the region it was told to. Any other region gets nothing, and the attempt is
     * logged as refused.
     */
    @Transactional
    public Optional<Match> match(Regio regio, UUID id) {
        Optional<Match> match = matches.find(regio.id(), id);
        AccessEvent event = verzoek(regio, "register.match", ActionCode.R).on("vt-register-match", id);
        if (match.isEmpty()) {
            accessLog.recordDenial(event);
        } else {
            accessLog.record(event);
        }
        return match;
    }

    /**
     * The matches told to the region about a person it registered itself. There is no search: a region that did not
     * register this pseudonym is refused, and the attempt is logged, whether or not any region registered it.
     *
     * @throws AccessDeniedException when the region did not register this pseudonym under this key version
     */
    @Transactional
    public List<Match> matches(Regio regio, Pseudoniem persoon) {
        AccessEvent event = verzoek(regio, "register.matches", ActionCode.E).on("vt-register-persoon", "pseudoniem");
        if (!betrokkenheden.geregistreerdDoor(regio.id(), persoon)) {
            accessLog.recordDenial(event);
            throw new AccessDeniedException("register.matches");
        }
        accessLog.record(event);
        return matches.over(regio.id(), persoon);
    }

    /** The log row of a request by a region: its tenant, and its name and OIN in the segment. */
    private static AccessEvent verzoek(Regio regio, String event, ActionCode action) {
        return AccessEvent.anonymous(event, action, Outcome.GESLAAGD)
                .tenant(regio.id())
                .segment("regio " + regio.naam() + (regio.oin() == null ? "" : ", OIN " + regio.oin()));
    }
}
