package nl.schakel.keten.federatie;

import java.time.Clock;
import java.util.UUID;
import nl.schakel.keten.RegisterMatch;
import nl.schakel.keten.RegisterMatchOntvangen;
import nl.schakel.keten.persistence.RegisterStore;
import nl.schakel.shared.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * MATCH: the party serving the national VT-register → the told region. The region's instance keeps its copy of the
 * match once and publishes {@link RegisterMatchOntvangen}, as {@code KetenRegister} does for a region of the
 * register's own instance.
 */
@Component
class MatchBericht implements BerichtSoort<RegisterMatch> {

    private final RegisterStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MatchBericht(RegisterStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String code() {
        return Soort.MATCH;
    }

    @Override
    public Afzender afzender() {
        return Afzender.REGISTER;
    }

    @Override
    public Class<RegisterMatch> type() {
        return RegisterMatch.class;
    }

    @Override
    public RegisterMatch inhoud(UUID onderwerp, TenantId aan) {
        return store.match(aan, onderwerp).orElseThrow();
    }

    @Override
    public UUID ontvang(Partij afzender, TenantId van, TenantId aan, RegisterMatch m) {
        Verwijzing.gelijk(aan, m.regio(), "regio");
        if (store.insert(m, clock.instant())) {
            events.publishEvent(new RegisterMatchOntvangen(m.id(), m.regio()));
        }
        return m.id();
    }
}
