package nl.schakel.dossier;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.schakel.audit.AccessLog;
import nl.schakel.audit.ActionCode;
import nl.schakel.dossier.domain.Deling;
import nl.schakel.dossier.persistence.DossierStore;
import nl.schakel.organisation.Colleague;
import nl.schakel.organisation.Colleagues;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing a dossier with named colleagues of the same organisation who work with clients. The owner, the executor
 * of its steps 2–5 and the aandachtsfunctionarissen share and end shares; a colleague it is shared with may see and
 * add to the dossier as the owner does. Beheerders, logverantwoordelijken and members of another tenant can never be
 * chosen. Each share and each end is a journal entry (kind DELING) with its access-log row.
 */
@Service
public class DossierSharing {

    private final DossierAccess access;
    private final DossierStore store;
    private final Colleagues colleagues;
    private final AccessLog accessLog;

    DossierSharing(DossierAccess access, DossierStore store, Colleagues colleagues, AccessLog accessLog) {
        this.access = access;
        this.store = store;
        this.colleagues = colleagues;
        this.accessLog = accessLog;
    }

    /** A colleague the dossier is shared with, or could be. */
    public record Collega(UserId userId, String naam) {}

    /**
     * Who the dossier is shared with and with whom the actor could share it.
     *
     * @param mayShare whether the actor may share the dossier and end shares
     */
    public record SharingView(
            DossierView dossier, List<Collega> gedeeldMet, List<Collega> kandidaten, boolean mayShare) {}

    /** The dossier's shares and the colleagues it could be shared with; reading them is logged. */
    @Transactional
    public SharingView sharing(Actor by, UUID id) {
        DossierAccess.Found found = access.accessible(by, id, "dossier.deling.read", ActionCode.R);
        List<Collega> shared = store.shares(id).stream()
                .map(s -> new Collega(s.userId(), s.name()))
                .toList();
        Set<UserId> excluded = shared.stream().map(Collega::userId).collect(Collectors.toCollection(HashSet::new));
        excluded.add(found.row().ownerId());
        boolean mayShare = DossierAccess.mayShare(by, found.row()) && !found.alleenSignaleren();
        List<Collega> candidates = !mayShare
                ? List.of()
                : colleagues.of(found.row().tenantId()).stream()
                        .filter(c -> !excluded.contains(c.userId()))
                        .map(c -> new Collega(c.userId(), c.displayName()))
                        .toList();
        access.log(by, "dossier.deling.read", ActionCode.R, id, "deling");
        return new SharingView(DossierView.of(found), shared, candidates, mayShare);
    }

    /** Shares the dossier with a colleague of the same tenant who works with clients. */
    @Transactional
    public void share(Actor by, UUID id, UserId colleague) {
        DossierAccess.Found found = mayShare(by, id, "dossier.deling.create");
        Colleague c = colleagues
                .find(found.row().tenantId(), colleague)
                .filter(x -> !x.userId().equals(found.row().ownerId()))
                .filter(x -> !store.isSharedWith(id, x.userId()))
                .orElseThrow(() -> new InvalidInputException("collega", "deling.fout.collega"));
        access.append(
                by,
                found,
                "dossier.deling.create",
                "deling",
                Deling.of(Deling.Handeling.GEDEELD, c.userId().value(), c.displayName()));
        store.insertShare(id, new DossierStore.Share(c.userId(), c.displayName(), access.now()));
    }

    /** Ends the sharing with a colleague; from then on the dossier is "not found" for them. */
    @Transactional
    public void unshare(Actor by, UUID id, UserId colleague) {
        DossierAccess.Found found = mayShare(by, id, "dossier.deling.end");
        DossierStore.Share share = store.shares(id).stream()
                .filter(s -> s.userId().equals(colleague))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("collega", "deling.fout.nietgedeeld"));
        access.append(
                by,
                found,
                "dossier.deling.end",
                "deling",
                Deling.of(Deling.Handeling.BEEINDIGD, share.userId().value(), share.name()));
        store.deleteShare(id, colleague);
    }

    private DossierAccess.Found mayShare(Actor by, UUID id, String event) {
        DossierAccess.Found found = access.accessible(by, id, event, ActionCode.C);
        if (!DossierAccess.mayShare(by, found.row())) {
            accessLog.recordDenial(DossierAccess.event(by, event, ActionCode.C, id, null));
            throw new AccessDeniedException(event);
        }
        return found;
    }
}
