package nl.schakel.keten.federatie;

import java.util.Objects;
import java.util.UUID;
import nl.schakel.keten.MeldingStatus;
import nl.schakel.keten.persistence.TerugkoppelingStore;
import nl.schakel.shared.TenantId;
import org.springframework.stereotype.Component;

/**
 * STATUS: region → organisation, how far the region is with a melding that organisation sent to it. The receiver keeps
 * the report under the same id; as in all-in-one mode there is no event, the dossier reads the latest status when it
 * is shown.
 */
@Component
class StatusBericht implements BerichtSoort<StatusBericht.Inhoud> {

    /** The report with its id. */
    record Inhoud(UUID id, MeldingStatus status) {
        Inhoud {
            Objects.requireNonNull(id);
            Objects.requireNonNull(status);
        }
    }

    private final TerugkoppelingStore store;
    private final Verwijzing verwijzing;

    StatusBericht(TerugkoppelingStore store, Verwijzing verwijzing) {
        this.store = store;
        this.verwijzing = verwijzing;
    }

    @Override
    public String code() {
        return Soort.STATUS;
    }

    @Override
    public Afzender afzender() {
        return Afzender.REGIO;
    }

    @Override
    public Class<Inhoud> type() {
        return Inhoud.class;
    }

    @Override
    public Inhoud inhoud(UUID onderwerp, TenantId aan) {
        return new Inhoud(onderwerp, store.findStatus(onderwerp).orElseThrow());
    }

    @Override
    public UUID ontvang(Partij afzender, TenantId van, TenantId aan, Inhoud s) {
        verwijzing.melding(s.status().meldingId(), aan, van);
        store.insertStatus(s.id(), van.value(), s.status());
        return s.id();
    }
}
