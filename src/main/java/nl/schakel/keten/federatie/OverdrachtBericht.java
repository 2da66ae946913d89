package nl.schakel.keten.federatie;

import java.util.UUID;
import nl.schakel.keten.Overdracht;
import nl.schakel.keten.OverdrachtSent;
import nl.schakel.keten.persistence.OverdrachtStore;
import nl.schakel.shared.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * OVERDRACHT: region → organisation, about a melding that organisation sent to that region (rule 38). The receiver
 * keeps the copy and publishes {@link OverdrachtSent}.
 */
@Component
class OverdrachtBericht implements BerichtSoort<Overdracht> {

    private final OverdrachtStore store;
    private final Verwijzing verwijzing;
    private final ApplicationEventPublisher events;

    OverdrachtBericht(OverdrachtStore store, Verwijzing verwijzing, ApplicationEventPublisher events) {
        this.store = store;
        this.verwijzing = verwijzing;
        this.events = events;
    }

    @Override
    public String code() {
        return Soort.OVERDRACHT;
    }

    @Override
    public Afzender afzender() {
        return Afzender.REGIO;
    }

    @Override
    public Class<Overdracht> type() {
        return Overdracht.class;
    }

    @Override
    public Overdracht inhoud(UUID onderwerp, TenantId aan) {
        return store.find(onderwerp).orElseThrow();
    }

    @Override
    public UUID ontvang(Partij afzender, TenantId van, TenantId aan, Overdracht o) {
        Verwijzing.gelijk(van, o.van().id(), "regio");
        verwijzing.melding(o.meldingId(), aan, van);
        store.insert(o);
        events.publishEvent(new OverdrachtSent(o.id(), o.meldingId()));
        return o.id();
    }
}
