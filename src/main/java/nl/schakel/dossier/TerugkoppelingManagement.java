package nl.schakel.dossier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.schakel.dossier.domain.Melding;
import nl.schakel.dossier.persistence.DossierStore;
import nl.schakel.keten.Aflevering;
import nl.schakel.keten.KetenManagement;
import nl.schakel.keten.MeldingStatus;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Herinneringen;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What came back from Veilig Thuis, for the professional (spec §3.5, rule 41): the reminder of a terugkoppeling that
 * arrived, until the owner opens the dossier, and the Veilig Thuis status of the meldingen sent from a dossier. The
 * terugkoppeling itself is recorded in the journal on arrival (by {@code TerugkoppelingOntvangst}).
 */
@Service
public class TerugkoppelingManagement implements Herinneringen {

    private final DossierStore store;
    private final DossierAccess access;
    private final KetenManagement keten;

    TerugkoppelingManagement(DossierStore store, DossierAccess access, KetenManagement keten) {
        this.store = store;
        this.access = access;
        this.keten = keten;
    }

    /** A reminder for each unread terugkoppeling in the dossiers the actor owns (home page, dossier list). */
    @Override
    @Transactional
    public List<Herinnering> open(Actor by) {
        return access.herinneringen(
                by,
                "dossier.terugkoppeling.herinnering.list",
                tenant -> store.openTerugkoppelingen(tenant, by.userId()).stream()
                        .map(h -> new Herinnering(
                                "/dossiers/" + h.dossierId(), "terugkoppeling.herinnering", h.ontvangen()))
                        .toList());
    }

    /**
     * The owner opened the dossier: its terugkoppelingen count as read and their reminders go. For anyone else
     * nothing changes.
     */
    @Transactional
    public void gelezen(Actor by, DossierView dossier) {
        if (dossier.ownerId().equals(by.userId())) {
            store.terugkoppelingenGelezen(dossier.id(), by.userId(), access.now());
        }
    }

    /**
     * The meldingen sent from the dossier that have not reached their Veilig Thuis region yet (a federated region's
     * instance did not acknowledge them), by the melding's keten id; delivered ones are left out. The dossier view was
     * read, and logged, for the actor already.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Aflevering> nietAfgeleverd(DossierView dossier) {
        Map<UUID, Aflevering> onderweg = new LinkedHashMap<>();
        for (Melding m : dossier.current(Melding.class)) {
            Aflevering a = keten.aflevering(m.meldingId());
            if (!a.afgeleverd()) {
                onderweg.put(m.meldingId(), a);
            }
        }
        return onderweg;
    }

    /**
     * The latest Veilig Thuis status of each melding sent from the dossier, by the melding's keten id; a melding
     * without a status report is left out. The dossier view was read, and logged, for the actor already.
     */
    @Transactional(readOnly = true)
    public Map<UUID, MeldingStatus> vtStatus(DossierView dossier) {
        Map<UUID, MeldingStatus> status = new LinkedHashMap<>();
        for (Melding m : dossier.current(Melding.class)) {
            keten.status(m.meldingId()).ifPresent(s -> status.put(m.meldingId(), s));
        }
        return status;
    }
}
