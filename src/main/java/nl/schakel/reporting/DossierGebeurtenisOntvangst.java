package nl.schakel.reporting;

import java.time.LocalDate;
import java.util.UUID;
import nl.schakel.dossier.DossierGebeurtenis;
import nl.schakel.reporting.persistence.GebeurtenisStore;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Fills the read models of management information from the dossier's events ({@link DossierGebeurtenis}), after the
 * dossier's transaction committed, in its own transaction. Events arrive at least once and in any order: each is
 * stored once by its id and kind, and the dossier's rows are computed again from all its events (ADR-0031).
 */
@Component
class DossierGebeurtenisOntvangst {

    private final GebeurtenisStore store;

    DossierGebeurtenisOntvangst(GebeurtenisStore store) {
        this.store = store;
    }

    @ApplicationModuleListener
    public void on(DossierGebeurtenis gebeurtenis) {
        neem(gebeurtenis);
    }

    /** Takes one event into the read models; a repeat changes nothing. */
    void neem(DossierGebeurtenis g) {
        store.lock(g.dossierId());
        boolean nieuw = store.insert(new GebeurtenisStore.Gebeurtenis(
                g.id(),
                g.getClass().getSimpleName(),
                g.dossierId(),
                g.op(),
                stap(g),
                herbeoordeling(g),
                signaal(g),
                volgnummer(g)));
        if (!nieuw) {
            return;
        }
        if (g instanceof DossierGebeurtenis.Geopend o) {
            store.insertDossier(
                    o.dossierId(),
                    o.tenantId().value(),
                    o.teamId() == null ? null : o.teamId().value(),
                    o.op());
        }
        store.herbereken(g.dossierId());
    }

    private static @Nullable Integer stap(DossierGebeurtenis g) {
        return switch (g) {
            case DossierGebeurtenis.StapGezet s -> s.stap();
            case DossierGebeurtenis.Gesloten s -> s.inStap();
            default -> null;
        };
    }

    private static @Nullable LocalDate herbeoordeling(DossierGebeurtenis g) {
        return g instanceof DossierGebeurtenis.HulpplanGemaakt h ? h.herbeoordeling() : null;
    }

    private static @Nullable Integer volgnummer(DossierGebeurtenis g) {
        return switch (g) {
            case DossierGebeurtenis.HulpplanGemaakt h -> h.volgnummer();
            case DossierGebeurtenis.Afweging5Beantwoord a -> a.volgnummer();
            default -> null;
        };
    }

    private static @Nullable UUID signaal(DossierGebeurtenis g) {
        return g instanceof DossierGebeurtenis.VirSignaalBeeindigd e ? e.signaalId() : null;
    }
}
