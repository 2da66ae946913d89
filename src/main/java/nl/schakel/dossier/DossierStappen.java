package nl.schakel.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.dossier.DossierManagement.NewBetrokkene;
import nl.schakel.dossier.domain.Betrokkene;
import nl.schakel.dossier.domain.DossierLink;
import nl.schakel.dossier.domain.Gesprek;
import nl.schakel.dossier.domain.Kindcheck;
import nl.schakel.dossier.domain.Mantelzorgcheck;
import nl.schakel.dossier.domain.MedewerkerRoute;
import nl.schakel.dossier.domain.Stappenplan;
import nl.schakel.dossier.domain.Voortgang;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Relatie;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the meldcode beyond the signaal and the consultatie: the kindcheck and mantelzorgcheck of step 1, the
 * gesprek met de cliënt of step 3, the employee-offence route of kinderopvang and onderwijs (rule 27), and opening a
 * dossier for a child after a positive kindcheck (rule 20). Each payload arrives checked by its own {@code of(...)}
 * factory; each write and read writes its access-log row through {@link DossierAccess}.
 */
@Service
public class DossierStappen {

    private final DossierAccess access;
    private final DossierManagement dossiers;
    private final AccessLog accessLog;
    private final DossierMeldprotocol meldprotocol;

    DossierStappen(
            DossierAccess access, DossierManagement dossiers, AccessLog accessLog, DossierMeldprotocol meldprotocol) {
        this.access = access;
        this.dossiers = dossiers;
        this.accessLog = accessLog;
        this.meldprotocol = meldprotocol;
    }

    /**
     * One dossier with what its steps call for now.
     *
     * @param kindcheckVereist rule 18: an adult client with a kindcheck trigger, and no kindcheck yet
     * @param kinddossierAanbieden rule 20: the kindcheck in force is positive, so a dossier for the child is offered
     *     (not to a member who only signals, rule 24)
     * @param medewerkerRouteMogelijk the actor's beroepscluster has the employee-offence route (rule 27), the
     *     meldprotocol the dossier runs under (if any) has it, and the actor records more than signalen
     * @param thuisAfwegingskader rule 27: whether the afwegingskader for the home situation applies
     * @param stappenplan the five steps: where each stands, which is next and what this member may do there
     * @param instructies what the meldprotocol the dossier runs under tells the professional
     */
    public record Overzicht(
            DossierView dossier,
            boolean kindcheckVereist,
            boolean kinddossierAanbieden,
            boolean medewerkerRouteMogelijk,
            boolean thuisAfwegingskader,
            Stappenplan stappenplan,
            MeldprotocolInstructies instructies) {}

    /** One dossier with its betrokkenen, journal and what its steps call for; logged as one read. */
    @Transactional
    public Overzicht overzicht(Actor by, UUID id) {
        DossierAccess.Found found = access.accessible(by, id, "dossier.read", ActionCode.R);
        LocalDate today = access.today();
        DossierView view = dossiers.view(by, found);
        MeldprotocolInstructies instructies = meldprotocol.instructies(found);
        boolean medewerkerRouteMogelijk = !found.alleenSignaleren()
                && MedewerkerRoute.isAvailableTo(by.beroepscluster(), instructies.medewerkerrouteIngesteld());
        Voortgang voortgang = AfwegingManagement.kader(by, found)
                .map(k -> new Voortgang(found.journal(), k, found.betrokkenen(), today))
                .orElse(null);
        return new Overzicht(
                view,
                Kindcheck.isRequired(found.betrokkenen(), found.journal(), today),
                !found.alleenSignaleren()
                        && found.journal()
                                .latest(Kindcheck.class)
                                .map(k -> k.uitkomst().offersChildDossier())
                                .orElse(false),
                medewerkerRouteMogelijk,
                MedewerkerRoute.homeAfwegingskaderApplies(found.journal()),
                Stappenplan.van(new Stappenplan.Gegevens(
                        found.journal(),
                        voortgang,
                        found.betrokkenen(),
                        today,
                        found.alleenSignaleren(),
                        medewerkerRouteMogelijk,
                        view.status() == DossierStatus.GESLOTEN)),
                instructies);
    }

    /** Records the gesprek met de cliënt of step 3, held or skipped. */
    @Transactional
    public UUID addGesprek(Actor by, UUID id, Gesprek gesprek) {
        return access.append(by, id, "dossier.gesprek.create", "gesprek", gesprek)
                .id();
    }

    /** Records a kindcheck of step 1. */
    @Transactional
    public UUID addKindcheck(Actor by, UUID id, Kindcheck kindcheck) {
        return access.append(by, id, "dossier.kindcheck.create", "kindcheck", kindcheck)
                .id();
    }

    /** Records a mantelzorgcheck of step 1; refused for a client it does not fit ({@link Mantelzorgcheck#pastBij}). */
    @Transactional
    public UUID addMantelzorgcheck(Actor by, UUID id, Mantelzorgcheck check) {
        DossierAccess.Found found = access.accessible(by, id, "dossier.mantelzorgcheck.create", ActionCode.C);
        Mantelzorgcheck.vereistPassend(Betrokkene.levensfaseVanClient(found.betrokkenen(), access.today()));
        return access.append(by, found, "dossier.mantelzorgcheck.create", "mantelzorgcheck", check)
                .id();
    }

    /**
     * Records the employee-offence route (rule 27); only for a member whose beroepscluster is kinderopvang or
     * onderwijs, and in a dossier under a meldprotocol only when it has the route. Anyone else is refused, and the
     * attempt logged.
     */
    @Transactional
    public UUID addMedewerkerRoute(Actor by, UUID id, MedewerkerRoute route) {
        String event = "dossier.medewerkerroute.create";
        DossierAccess.Found found = access.accessible(by, id, event, ActionCode.C);
        requireMedewerkerRoute(by, found, event, "medewerkerroute");
        return access.append(by, found, event, "medewerkerroute", route).id();
    }

    /** Corrects the employee-offence route; only where recording it is allowed. */
    @Transactional
    public UUID correctMedewerkerRoute(Actor by, UUID id, UUID entryId, MedewerkerRoute route, String reason) {
        String event = "dossier.entry.correct";
        requireMedewerkerRoute(by, access.accessible(by, id, event, ActionCode.C), event, "medewerker_route");
        return dossiers.correct(by, id, entryId, route, reason);
    }

    private void requireMedewerkerRoute(Actor by, DossierAccess.Found found, String event, String segment) {
        if (!MedewerkerRoute.isAvailableTo(
                by.beroepscluster(), meldprotocol.instructies(found).medewerkerrouteIngesteld())) {
            accessLog.recordDenial(DossierAccess.event(by, event, ActionCode.C, found.id(), segment));
            throw new AccessDeniedException(event);
        }
    }

    /**
     * Opens a dossier for a child of the client after a positive kindcheck (rule 20): the new dossier, owned by the
     * actor, starts at step 1 with the child as its betrokkene, and both dossiers record a link to the other.
     *
     * @return the id of the new dossier
     */
    @Transactional
    public UUID openChildDossier(Actor by, UUID source, String naam, @Nullable LocalDate geboortedatum) {
        String event = "dossier.kinddossier.create";
        DossierAccess.Found found = access.accessible(by, source, event, ActionCode.C);
        boolean positive = found.journal()
                .latest(Kindcheck.class)
                .map(k -> k.uitkomst().offersChildDossier())
                .orElse(false);
        if (!positive) {
            throw new InvalidInputException("", "kinddossier.fout.geenkindcheck");
        }
        UUID child = dossiers.open(by, List.of(new NewBetrokkene(naam, geboortedatum, "", Relatie.KIND)));
        access.append(by, child, event, "herkomst", new DossierLink(source, DossierLink.Direction.OPENED_FROM));
        access.append(
                by, found, event, "kinddossier", new DossierLink(child, DossierLink.Direction.CHILD_DOSSIER_OPENED));
        return child;
    }

    /** Today in the application's clock, for the checks of typed dates. */
    public LocalDate today() {
        return access.today();
    }
}
