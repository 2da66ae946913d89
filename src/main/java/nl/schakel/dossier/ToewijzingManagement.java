package nl.schakel.dossier;

import java.util.List;
import nl.schakel.dossier.persistence.DossierStore;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Herinneringen;
import nl.schakel.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The uitvoerder is told (rule 24, issue 13): a dossier that a member who only signals opened is handed to the
 * uitvoerder of the meldprotocol or the member settings, and until they open it their home page says "Er is een
 * dossier aan u overgedragen". A dossier handed to the aandachtsfunctionarissen is on the home page of each of them
 * until one of them opens it.
 */
@Service
public class ToewijzingManagement implements Herinneringen {

    private final DossierStore store;
    private final DossierAccess access;

    ToewijzingManagement(DossierStore store, DossierAccess access) {
        this.store = store;
        this.access = access;
    }

    /** A notice for each open dossier handed to the actor that they have not opened yet (home page). */
    @Override
    @Transactional
    public List<Herinnering> open(Actor by) {
        return access.herinneringen(
                by,
                "dossier.toewijzing.list",
                tenant -> store.openToewijzingen(tenant, by.userId(), by.hasRole(Role.AANDACHTSFUNCTIONARIS)).stream()
                        .map(t ->
                                new Herinnering("/dossiers/" + t.dossierId(), "toewijzing.herinnering", t.toegewezen()))
                        .toList());
    }

    /**
     * The actor opened the dossier: when it was handed to them (by name, or to the aandachtsfunctionarissen and they
     * are one), the notice ends. For anyone else nothing changes.
     */
    @Transactional
    public void geopend(Actor by, DossierView dossier) {
        if (!store.heeftOpenToewijzing(dossier.id())) {
            return; // the usual case: a read of the dossier page writes nothing (issue 14)
        }
        store.toewijzingGeopend(dossier.id(), by.userId(), by.hasRole(Role.AANDACHTSFUNCTIONARIS), access.now());
    }
}
