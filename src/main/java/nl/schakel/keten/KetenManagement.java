package nl.schakel.keten;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.keten.federatie.Routering;
import nl.schakel.keten.federatie.Soort;
import nl.schakel.keten.federatie.UitgaandBericht;
import nl.schakel.keten.federatie.Uitgang;
import nl.schakel.keten.persistence.MeldingStore;
import nl.schakel.keten.persistence.TerugkoppelingStore;
import nl.schakel.organisation.OrganisationManagement;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends meldingen to Veilig Thuis regions. A melding is kept, append-only, in this module's own table and handed to
 * the {@link MeldingTransport} in the sender's transaction: both happen, or neither. The sending module writes the
 * access-log row of the send, because it is the one that read the client data.
 *
 * <p>An {@link Aanvulling} to a sent melding travels the same way as the melding (ADR-0019).
 *
 * <p>The way back travels the same way: a region's {@link Terugkoppeling} is kept append-only and announced by
 * {@link TerugkoppelingSent} (ids only) in the region's transaction; its {@link MeldingStatus} reports are kept
 * append-only and read by the melder's side when it shows the dossier.
 */
@Service
public class KetenManagement {

    private final OrganisationManagement organisation;
    private final MeldingStore store;
    private final MeldingTransport transport;
    private final TerugkoppelingStore terug;
    private final ApplicationEventPublisher events;
    private final Routering routering;
    private final Uitgang uitgang;

    KetenManagement(
            OrganisationManagement organisation,
            MeldingStore store,
            MeldingTransport transport,
            TerugkoppelingStore terug,
            ApplicationEventPublisher events,
            Routering routering,
            Uitgang uitgang) {
        this.organisation = organisation;
        this.store = store;
        this.transport = transport;
        this.terug = terug;
        this.events = events;
        this.routering = routering;
        this.uitgang = uitgang;
    }

    /**
     * The Veilig Thuis regions known to this deployment, by name: the regions served here, then those served by a
     * federated party (names from its configuration).
     */
    @Transactional(readOnly = true)
    public List<VeiligThuisRegio> veiligThuisRegios() {
        return java.util.stream.Stream.concat(
                        organisation.tenantsOfKind(TenantKind.VEILIG_THUIS_REGIO).stream()
                                .map(t -> new VeiligThuisRegio(t.id(), t.name())),
                        routering.regiosElders().stream())
                .toList();
    }

    /** The Veilig Thuis region with this tenant id, if it is one known to this deployment. */
    @Transactional(readOnly = true)
    public Optional<VeiligThuisRegio> regio(TenantId id) {
        return veiligThuisRegios().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * Sends the melding on behalf of the actor, a beroepskracht or aandachtsfunctionaris of the melder's own
     * organisation, to a known region.
     *
     * @throws InvalidInputException when the region is unknown, nobody is named, or the client was not told and no
     *     reason is given (rule 17)
     */
    @Transactional
    public UUID send(Actor by, Melding melding) {
        if (!(by.hasRole(Role.BEROEPSKRACHT) || by.hasRole(Role.AANDACHTSFUNCTIONARIS))
                || !melding.melder().organisatie().equals(by.tenantId())
                || !melding.melder().gebruiker().equals(by.userId())) {
            throw new AccessDeniedException("keten.melding.send");
        }
        if (regio(melding.aan().id()).isEmpty()) {
            throw new InvalidInputException("regio", "melding.fout.regio");
        }
        if (melding.betrokkenen().isEmpty()) {
            throw new InvalidInputException("", "melding.fout.betrokkenen");
        }
        if (!melding.clientGeinformeerd()
                && (melding.redenNietGeinformeerd() == null
                        || melding.redenNietGeinformeerd().isBlank())) {
            throw new InvalidInputException("redenNietGeinformeerd", "melding.fout.reden");
        }
        store.insert(melding);
        if (!uitgang.naarElders(
                Soort.MELDING,
                melding.id(),
                melding.melder().organisatie(),
                melding.aan().id())) {
            transport.deliver(melding);
        }
        return melding.id();
    }

    /**
     * Sends an aanvulling to a melding on behalf of the actor, a beroepskracht or aandachtsfunctionaris of the
     * organisation that sent the melding, to the region the melding was addressed to (ADR-0019). Kept append-only and
     * handed to the transport in the caller's transaction, like the melding.
     *
     * @throws InvalidInputException when the melding was not sent by the actor's organisation to that region, or the
     *     aanvulling adds nothing
     */
    @Transactional
    public UUID aanvullen(Actor by, Aanvulling aanvulling) {
        if (!(by.hasRole(Role.BEROEPSKRACHT) || by.hasRole(Role.AANDACHTSFUNCTIONARIS))
                || !aanvulling.organisatie().equals(by.tenantId())
                || !aanvulling.gebruiker().equals(by.userId())) {
            throw new AccessDeniedException("keten.aanvulling.send");
        }
        boolean vanOns = store.sentBy(aanvulling.meldingId())
                .map(aanvulling.organisatie().value()::equals)
                .orElse(false);
        boolean naarRegio = store.addressedTo(aanvulling.meldingId())
                .map(aanvulling.aan().id().value()::equals)
                .orElse(false);
        if (!vanOns || !naarRegio) {
            throw new InvalidInputException("meldingId", "aanvulling.fout.melding");
        }
        if (aanvulling.tekst().isBlank()) {
            throw new InvalidInputException("tekst", "aanvulling.fout.tekst");
        }
        store.insert(aanvulling);
        if (!uitgang.naarElders(
                Soort.AANVULLING,
                aanvulling.id(),
                aanvulling.organisatie(),
                aanvulling.aan().id())) {
            transport.deliver(aanvulling);
        }
        return aanvulling.id();
    }

    /** An aanvulling, for the region its melding was addressed to; another region's is not found. */
    @Transactional(readOnly = true)
    public Optional<Aanvulling> aanvulling(VeiligThuisRegio aan, UUID id) {
        return store.findAanvulling(id).filter(a -> a.aan().id().equals(aan.id()));
    }

    /** A sent melding, for the region it was addressed to; another region's melding is not found. */
    @Transactional(readOnly = true)
    public Optional<Melding> melding(VeiligThuisRegio aan, UUID id) {
        return store.find(id).filter(m -> m.aan().id().equals(aan.id()));
    }

    /**
     * Sends a terugkoppeling (rule 41) on behalf of a medewerker or gedragswetenschapper of the sending region about a
     * melding addressed to that region; keeps it and publishes {@link TerugkoppelingSent} in the same transaction.
     * The content is checked by {@link Terugkoppeling#of}; the sending module writes its own access-log row.
     *
     * @throws AccessDeniedException when the actor is not a VT medewerker or gedragswetenschapper of the region
     * @throws InvalidInputException when the melding does not exist or was addressed to another region
     */
    @Transactional
    public UUID terugkoppelen(Actor by, Terugkoppeling t) {
        if (!(by.hasRole(Role.VT_MEDEWERKER) || by.hasRole(Role.GEDRAGSWETENSCHAPPER))
                || !t.van().id().equals(by.tenantId())) {
            throw new AccessDeniedException("keten.terugkoppeling.send");
        }
        TenantId melder = requireAddressedTo(t.van(), t.meldingId());
        terug.insert(t);
        if (!uitgang.naarElders(Soort.TERUGKOPPELING, t.id(), t.van().id(), melder)) {
            events.publishEvent(new TerugkoppelingSent(t.id(), t.meldingId()));
        }
        return t.id();
    }

    /** A terugkoppeling by its id, for the melder's side that was told of it by {@link TerugkoppelingSent}. */
    @Transactional(readOnly = true)
    public Optional<Terugkoppeling> terugkoppeling(UUID id) {
        return terug.find(id);
    }

    /** The terugkoppelingen about one melding, oldest first. */
    @Transactional(readOnly = true)
    public List<Terugkoppeling> terugkoppelingen(UUID meldingId) {
        return terug.ofMelding(meldingId);
    }

    /**
     * Records how far the region is with a melding addressed to it. Called by the Veilig Thuis side, also from an
     * event listener without a signed-in user, so it takes the region instead of an actor.
     *
     * @throws InvalidInputException when the melding does not exist or was addressed to another region
     */
    @Transactional
    public void statusMelden(VeiligThuisRegio van, MeldingStatus s) {
        TenantId melder = requireAddressedTo(van, s.meldingId());
        UUID id = UUID.randomUUID();
        terug.insertStatus(id, van.id().value(), s);
        // in-process the melder's side reads the status when it shows the dossier; a remote melder gets it sent
        uitgang.naarElders(Soort.STATUS, id, van.id(), melder);
    }

    /** The latest Veilig Thuis status of a melding, if the region reported one. */
    @Transactional(readOnly = true)
    public Optional<MeldingStatus> status(UUID meldingId) {
        return terug.latestStatus(meldingId);
    }

    /**
     * Whether a sent melding has reached its Veilig Thuis region. A melding to a region served here is delivered in
     * its own transaction; one to a federated region is on its way until the region's instance acknowledged it.
     */
    @Transactional(readOnly = true)
    public Aflevering aflevering(UUID meldingId) {
        return uitgang.over(Soort.MELDING, meldingId)
                .map(KetenManagement::aflevering)
                .orElse(Aflevering.HIER);
    }

    private static Aflevering aflevering(UitgaandBericht b) {
        return new Aflevering(b.afgeleverdOp() != null, b.pogingen(), b.afgeleverdOp(), b.laatsteFout() != null);
    }

    /** @return the organisation that sent the melding */
    private TenantId requireAddressedTo(VeiligThuisRegio van, UUID meldingId) {
        if (!store.addressedTo(meldingId).map(van.id().value()::equals).orElse(false)) {
            throw new InvalidInputException("meldingId", "terugkoppeling.fout.melding");
        }
        return new TenantId(store.sentBy(meldingId).orElseThrow());
    }
}
