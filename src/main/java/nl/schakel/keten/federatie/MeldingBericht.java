package nl.schakel.keten.federatie;

import java.util.UUID;
import nl.schakel.keten.Melding;
import nl.schakel.keten.MeldingSent;
import nl.schakel.keten.persistence.MeldingStore;
import nl.schakel.shared.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** MELDING: organisation → region. The receiver keeps the copy and publishes {@link MeldingSent}. */
@Component
class MeldingBericht implements BerichtSoort<Melding> {

    private final MeldingStore store;
    private final ApplicationEventPublisher events;

    MeldingBericht(MeldingStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    @Override
    public String code() {
        return Soort.MELDING;
    }

    @Override
    public Afzender afzender() {
        return Afzender.ORGANISATIE;
    }

    @Override
    public Class<Melding> type() {
        return Melding.class;
    }

    @Override
    public Melding inhoud(UUID onderwerp, TenantId aan) {
        return store.find(onderwerp).orElseThrow();
    }

    @Override
    public UUID ontvang(Partij afzender, TenantId van, TenantId aan, Melding m) {
        Verwijzing.gelijk(van, m.melder().organisatie(), "melder");
        Verwijzing.gelijk(aan, m.aan().id(), "regio");
        if (store.sentBy(m.id()).isPresent()) {
            throw new BerichtGeweigerd("melding bestaat al");
        }
        store.insert(m);
        events.publishEvent(new MeldingSent(m.id(), aan));
        return m.id();
    }
}
