package nl.schakel.keten.federatie;

import java.util.UUID;
import nl.schakel.keten.Aanvulling;
import nl.schakel.keten.AanvullingSent;
import nl.schakel.keten.persistence.MeldingStore;
import nl.schakel.shared.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * AANVULLING: organisation → region, to a melding that organisation sent to that region (ADR-0019). The receiver keeps
 * the copy and publishes {@link AanvullingSent}.
 */
@Component
class AanvullingBericht implements BerichtSoort<Aanvulling> {

    private final MeldingStore store;
    private final Verwijzing verwijzing;
    private final ApplicationEventPublisher events;

    AanvullingBericht(MeldingStore store, Verwijzing verwijzing, ApplicationEventPublisher events) {
        this.store = store;
        this.verwijzing = verwijzing;
        this.events = events;
    }

    @Override
    public String code() {
        return Soort.AANVULLING;
    }

    @Override
    public Afzender afzender() {
        return Afzender.ORGANISATIE;
    }

    @Override
    public Class<Aanvulling> type() {
        return Aanvulling.class;
    }

    @Override
    public Aanvulling inhoud(UUID onderwerp, TenantId aan) {
        return store.findAanvulling(onderwerp).orElseThrow();
    }

    @Override
    public UUID ontvang(Partij afzender, TenantId van, TenantId aan, Aanvulling a) {
        Verwijzing.gelijk(van, a.organisatie(), "organisatie");
        Verwijzing.gelijk(aan, a.aan().id(), "regio");
        verwijzing.melding(a.meldingId(), van, aan);
        store.insert(a);
        events.publishEvent(new AanvullingSent(a.id(), a.meldingId(), aan));
        return a.id();
    }
}
