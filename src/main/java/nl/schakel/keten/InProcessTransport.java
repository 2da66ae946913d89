package nl.schakel.keten;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Delivers a melding inside this deployment, as the application event {@link MeldingSent} (an aanvulling as
 * {@link AanvullingSent}). Published in the
 * sender's transaction, so a listener of the Veilig Thuis side sees it only when the melding was committed.
 */
@Component
class InProcessTransport implements MeldingTransport {

    private final ApplicationEventPublisher events;

    InProcessTransport(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void deliver(Melding melding) {
        events.publishEvent(new MeldingSent(melding.id(), melding.aan().id()));
    }

    @Override
    public void deliver(Aanvulling aanvulling) {
        events.publishEvent(new AanvullingSent(
                aanvulling.id(), aanvulling.meldingId(), aanvulling.aan().id()));
    }
}
