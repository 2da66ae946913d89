package nl.schakel.dossier;

import java.util.Optional;
import java.util.UUID;
import nl.schakel.dossier.domain.OverdrachtOntvangen;
import nl.schakel.dossier.persistence.DossierStore;
import nl.schakel.keten.KetenOverdrachten;
import nl.schakel.keten.Overdracht;
import nl.schakel.keten.OverdrachtSent;
import nl.schakel.shared.Role;
import nl.schakel.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Receives the overdracht Veilig Thuis offers the professional (rule 38) into the dossier the melding was sent from:
 * reads the copy through {@code keten} and appends an {@link OverdrachtOntvangen} entry written by Schakel under the
 * region's name, with its access-log row. Runs after the region's transaction committed, in its own transaction.
 * Events arrive at least once: an overdracht already received is recognised by its id and changes nothing (the
 * database holds one entry per overdracht, V5_8).
 */
@Component
class OverdrachtOntvangst {

    static final String EVENT = "dossier.overdracht.ontvangen";

    private static final Logger log = LoggerFactory.getLogger(OverdrachtOntvangst.class);

    private final KetenOverdrachten keten;
    private final DossierStore store;
    private final DossierAccess access;

    OverdrachtOntvangst(KetenOverdrachten keten, DossierStore store, DossierAccess access) {
        this.keten = keten;
        this.store = store;
        this.access = access;
    }

    @ApplicationModuleListener
    public void on(OverdrachtSent event) {
        receive(event.overdrachtId());
    }

    /**
     * Records the overdracht in its dossier, once.
     *
     * @return whether it was recorded now (not a repeat, and a dossier sent the melding)
     */
    boolean receive(UUID overdrachtId) {
        Optional<Overdracht> found = keten.overdracht(overdrachtId);
        if (found.isEmpty()) {
            log.warn("Overdracht {} not found in keten; nothing recorded", overdrachtId);
            return false;
        }
        Overdracht o = found.get();
        Optional<DossierStore.MeldingDossier> dossier = store.dossierVanMelding(o.meldingId());
        if (dossier.isEmpty()) {
            log.info("Melding {} was not sent from a dossier; overdracht {} not recorded", o.meldingId(), o.id());
            return false;
        }
        DossierStore.MeldingDossier d = dossier.get();
        boolean al = store.entries(d.dossierId()).stream()
                .anyMatch(e -> e.payload() instanceof OverdrachtOntvangen r
                        && r.overdrachtId().equals(o.id()));
        if (al) {
            return false;
        }
        access.appendFromChain(
                d.dossierId(),
                d.tenantId(),
                new UserId(o.van().id().value()),
                o.van().naam(),
                Role.VT_MEDEWERKER,
                new OverdrachtOntvangen(
                        o.id(),
                        o.meldingId(),
                        o.van().naam(),
                        o.ontvanger(),
                        o.overname(),
                        o.voorwaarden().stream()
                                .map(v -> new OverdrachtOntvangen.Voorwaarde(v.tekst(), v.betreft(), v.controle()))
                                .toList(),
                        o.risicofactoren(),
                        o.afzender(),
                        o.verzondenOp()),
                EVENT,
                OverdrachtAanvaarding.SEGMENT);
        return true;
    }
}
