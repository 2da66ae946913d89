package nl.schakel.keten.federatie;

import java.util.UUID;
import nl.schakel.keten.OverdrachtAntwoord;
import nl.schakel.keten.OverdrachtBeantwoordSent;
import nl.schakel.keten.persistence.OverdrachtStore;
import nl.schakel.shared.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * OVERDRACHT_ANTWOORD: organisation → region, the answer to an overdracht this region offered about a melding that
 * organisation sent. The receiver keeps the copy (one answer per overdracht) and publishes
 * {@link OverdrachtBeantwoordSent}.
 */
@Component
class OverdrachtAntwoordBericht implements BerichtSoort<OverdrachtAntwoord> {

    private final OverdrachtStore store;
    private final Verwijzing verwijzing;
    private final ApplicationEventPublisher events;

    OverdrachtAntwoordBericht(OverdrachtStore store, Verwijzing verwijzing, ApplicationEventPublisher events) {
        this.store = store;
        this.verwijzing = verwijzing;
        this.events = events;
    }

    @Override
    public String code() {
        return Soort.OVERDRACHT_ANTWOORD;
    }

    @Override
    public Afzender afzender() {
        return Afzender.ORGANISATIE;
    }

    @Override
    public Class<OverdrachtAntwoord> type() {
        return OverdrachtAntwoord.class;
    }

    @Override
    public OverdrachtAntwoord inhoud(UUID onderwerp, TenantId aan) {
        return store.findAntwoord(onderwerp).orElseThrow();
    }

    @Override
    public UUID ontvang(Partij afzender, TenantId van, TenantId aan, OverdrachtAntwoord a) {
        Verwijzing.gelijk(van, a.organisatie(), "organisatie");
        boolean vanRegio = store.find(a.overdrachtId())
                .filter(o -> o.meldingId().equals(a.meldingId()))
                .map(o -> o.van().id().equals(aan))
                .orElse(false);
        if (!vanRegio) {
            throw new BerichtGeweigerd("overdracht onbekend");
        }
        verwijzing.melding(a.meldingId(), van, aan);
        if (!store.insert(a)) {
            throw new BerichtGeweigerd("overdracht al beantwoord");
        }
        events.publishEvent(new OverdrachtBeantwoordSent(a.id(), a.overdrachtId(), aan));
        return a.id();
    }
}
