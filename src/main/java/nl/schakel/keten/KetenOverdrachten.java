package nl.schakel.keten;

import java.util.Optional;
import java.util.UUID;
import nl.schakel.keten.federatie.Soort;
import nl.schakel.keten.federatie.Uitgang;
import nl.schakel.keten.persistence.MeldingStore;
import nl.schakel.keten.persistence.OverdrachtStore;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overdracht between a Veilig Thuis region and the professional who made a melding from a Schakel dossier (rule
 * 38): the region offers it ({@link Overdracht}, announced by {@link OverdrachtSent}); the professional answers it in
 * their dossier ({@link OverdrachtAntwoord}, announced to the region by {@link OverdrachtBeantwoordSent}). Both are kept
 * append-only in this module's tables and announced in the sender's transaction, ids only; an overdracht is answered
 * once (the database holds one answer per overdracht). The sending modules write their own access-log rows.
 */
@Service
public class KetenOverdrachten {

    private final MeldingStore meldingen;
    private final OverdrachtStore store;
    private final ApplicationEventPublisher events;
    private final Uitgang uitgang;

    KetenOverdrachten(
            MeldingStore meldingen, OverdrachtStore store, ApplicationEventPublisher events, Uitgang uitgang) {
        this.meldingen = meldingen;
        this.store = store;
        this.events = events;
        this.uitgang = uitgang;
    }

    /**
     * Offers the overdracht on behalf of a VT-medewerker or gedragswetenschapper of the region the melding was
     * addressed to; keeps it and publishes {@link OverdrachtSent} in the same transaction.
     *
     * @throws AccessDeniedException when the actor is not a VT medewerker or gedragswetenschapper of the region
     * @throws InvalidInputException when the melding does not exist or was addressed to another region
     */
    @Transactional
    public UUID overdragen(Actor by, Overdracht o) {
        if (!(by.hasRole(Role.VT_MEDEWERKER) || by.hasRole(Role.GEDRAGSWETENSCHAPPER))
                || !o.van().id().equals(by.tenantId())) {
            throw new AccessDeniedException("keten.overdracht.send");
        }
        if (!meldingen
                .addressedTo(o.meldingId())
                .map(o.van().id().value()::equals)
                .orElse(false)) {
            throw new InvalidInputException("meldingId", "overdracht.fout.melding");
        }
        store.insert(o);
        TenantId melder = new TenantId(meldingen.sentBy(o.meldingId()).orElseThrow());
        if (!uitgang.naarElders(Soort.OVERDRACHT, o.id(), o.van().id(), melder)) {
            events.publishEvent(new OverdrachtSent(o.id(), o.meldingId()));
        }
        return o.id();
    }

    /** An overdracht by its id, for the dossier's side that was told of it by {@link OverdrachtSent}. */
    @Transactional(readOnly = true)
    public Optional<Overdracht> overdracht(UUID id) {
        return store.find(id);
    }

    /**
     * Answers an overdracht on behalf of a beroepskracht or aandachtsfunctionaris of the organisation that sent the
     * melding; keeps the answer and publishes {@link OverdrachtBeantwoordSent} to the region in the same transaction.
     *
     * @throws AccessDeniedException when the actor does not answer for their own organisation
     * @throws InvalidInputException when the overdracht does not exist or was not offered to the actor's organisation,
     *     was answered already, or is declined without a reason
     */
    @Transactional
    public UUID beantwoorden(Actor by, OverdrachtAntwoord a) {
        if (!(by.hasRole(Role.BEROEPSKRACHT) || by.hasRole(Role.AANDACHTSFUNCTIONARIS))
                || !a.organisatie().equals(by.tenantId())
                || !a.gebruiker().equals(by.userId())) {
            throw new AccessDeniedException("keten.overdracht.antwoord");
        }
        Overdracht o = store.find(a.overdrachtId())
                .filter(x -> x.meldingId().equals(a.meldingId()))
                .filter(x -> meldingen
                        .sentBy(x.meldingId())
                        .map(a.organisatie().value()::equals)
                        .orElse(false))
                .orElseThrow(() -> new InvalidInputException("", "overdracht.fout.onbekend"));
        if (!a.aanvaard() && (a.reden() == null || a.reden().isBlank())) {
            throw new InvalidInputException("reden", "overdracht.fout.reden");
        }
        if (store.antwoordOp(o.id()).isPresent() || !store.insert(a)) {
            throw new InvalidInputException("", "overdracht.fout.albeantwoord");
        }
        if (!uitgang.naarElders(
                Soort.OVERDRACHT_ANTWOORD, a.id(), a.organisatie(), o.van().id())) {
            events.publishEvent(
                    new OverdrachtBeantwoordSent(a.id(), o.id(), o.van().id()));
        }
        return a.id();
    }

    /** An answer by its id, for the region that was told of it by {@link OverdrachtBeantwoordSent}. */
    @Transactional(readOnly = true)
    public Optional<OverdrachtAntwoord> antwoord(UUID id) {
        return store.findAntwoord(id);
    }

    /** The answer to an overdracht, once given. */
    @Transactional(readOnly = true)
    public Optional<OverdrachtAntwoord> antwoordOp(UUID overdrachtId) {
        return store.antwoordOp(overdrachtId);
    }
}
