package nl.schakel.keten.federatie;

import java.util.UUID;
import nl.schakel.keten.Terugkoppeling;
import nl.schakel.keten.TerugkoppelingSent;
import nl.schakel.keten.persistence.TerugkoppelingStore;
import nl.schakel.shared.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * TERUGKOPPELING: region → organisation, about a melding that organisation sent to that region (rule 41). The receiver
 * keeps the copy and publishes {@link TerugkoppelingSent}.
 */
@Component
class TerugkoppelingBericht implements BerichtSoort<Terugkoppeling> {

    private final TerugkoppelingStore store;
    private final Verwijzing verwijzing;
    private final ApplicationEventPublisher events;

    TerugkoppelingBericht(TerugkoppelingStore store, Verwijzing verwijzing, ApplicationEventPublisher events) {
        this.store = store;
        this.verwijzing = verwijzing;
        this.events = events;
    }

    @Override
    public String code() {
        return Soort.TERUGKOPPELING;
    }

    @Override
    public Afzender afzender() {
        return Afzender.REGIO;
    }

    @Override
    public Class<Terugkoppeling> type() {
        return Terugkoppeling.class;
    }

    @Override
    public Terugkoppeling inhoud(UUID onderwerp, TenantId aan) {
        return store.find(onderwerp).orElseThrow();
    }

    @Override
    public UUID ontvang(Partij afzender, TenantId van, TenantId aan, Terugkoppeling t) {
        Verwijzing.gelijk(van, t.van().id(), "regio");
        verwijzing.melding(t.meldingId(), aan, van);
        store.insert(t);
        events.publishEvent(new TerugkoppelingSent(t.id(), t.meldingId()));
        return t.id();
    }
}
