package nl.schakel.dossier;

import java.util.Optional;
import java.util.UUID;
import nl.schakel.dossier.domain.Terugkoppeling;
import nl.schakel.dossier.persistence.DossierStore;
import nl.schakel.keten.KetenManagement;
import nl.schakel.keten.TerugkoppelingSent;
import nl.schakel.shared.Role;
import nl.schakel.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Receives the terugkoppeling of Veilig Thuis (rule 41) into the dossier the melding was sent from: reads the copy
 * through {@code keten}, appends a {@link Terugkoppeling} entry written by Schakel under the region's name with its
 * access-log row, and reminds the dossier's owner on their home page until they open the dossier. Runs after the
 * region's transaction committed, in its own transaction. Events arrive at least once: a terugkoppeling already
 * received is recognised by its id and changes nothing.
 */
@Component
class TerugkoppelingOntvangst {

    static final String EVENT = "dossier.terugkoppeling.ontvangen";
    static final String SEGMENT = "terugkoppeling";

    private static final Logger log = LoggerFactory.getLogger(TerugkoppelingOntvangst.class);

    private final KetenManagement keten;
    private final DossierStore store;
    private final DossierAccess access;

    TerugkoppelingOntvangst(KetenManagement keten, DossierStore store, DossierAccess access) {
        this.keten = keten;
        this.store = store;
        this.access = access;
    }

    @ApplicationModuleListener
    public void on(TerugkoppelingSent event) {
        receive(event.terugkoppelingId());
    }

    /**
     * Records the terugkoppeling in its dossier, once.
     *
     * @return whether it was recorded now (not a repeat, and a dossier sent the melding)
     */
    boolean receive(UUID terugkoppelingId) {
        Optional<nl.schakel.keten.Terugkoppeling> found = keten.terugkoppeling(terugkoppelingId);
        if (found.isEmpty()) {
            log.warn("Terugkoppeling {} not found in keten; nothing recorded", terugkoppelingId);
            return false;
        }
        nl.schakel.keten.Terugkoppeling t = found.get();
        Optional<DossierStore.MeldingDossier> dossier = store.dossierVanMelding(t.meldingId());
        if (dossier.isEmpty()) {
            log.info("Melding {} was not sent from a dossier; terugkoppeling {} not recorded", t.meldingId(), t.id());
            return false;
        }
        DossierStore.MeldingDossier d = dossier.get();
        if (!store.insertTerugkoppelingHerinnering(t.id(), d, access.today(), access.now())) {
            return false;
        }
        access.appendFromChain(
                d.dossierId(),
                d.tenantId(),
                new UserId(t.van().id().value()),
                t.van().naam(),
                Role.VT_MEDEWERKER,
                payload(t),
                EVENT,
                SEGMENT);
        return true;
    }

    private static Terugkoppeling payload(nl.schakel.keten.Terugkoppeling t) {
        return Terugkoppeling.of(
                t.id(),
                t.meldingId(),
                t.van().naam(),
                Terugkoppeling.Moment.valueOf(t.moment().name()),
                t.vervolg(),
                t.besluit(),
                t.ontvangendePartijen(),
                t.voorwaardenEnAfspraken(),
                t.toelichting(),
                t.afzender(),
                t.verzondenOp());
    }
}
