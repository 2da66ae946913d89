package nl.schakel.keten;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.keten.persistence.MeldingStore;
import nl.schakel.organisation.OrganisationManagement;
import nl.schakel.shared.AccessDeniedException;
import nl.schakel.shared.Actor;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends meldingen to Veilig Thuis regions. A melding is kept, append-only, in this module's own table and handed to
 * the {@link MeldingTransport} in the sender's transaction: both happen, or neither. The sending module writes the
 * access-log row of the send, because it is the one that read the client data.
 */
@Service
public class KetenManagement {

    private final OrganisationManagement organisation;
    private final MeldingStore store;
    private final MeldingTransport transport;

    KetenManagement(OrganisationManagement organisation, MeldingStore store, MeldingTransport transport) {
        this.organisation = organisation;
        this.store = store;
        this.transport = transport;
    }

    /** The Veilig Thuis regions known to this deployment, by name. */
    @Transactional(readOnly = true)
    public List<VeiligThuisRegio> veiligThuisRegios() {
        return organisation.tenantsOfKind(TenantKind.VEILIG_THUIS_REGIO).stream()
                .map(t -> new VeiligThuisRegio(t.id(), t.name()))
                .toList();
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
        if (veiligThuisRegios().stream()
                .noneMatch(r -> r.id().equals(melding.aan().id()))) {
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
        transport.deliver(melding);
        return melding.id();
    }

    /** A sent melding, for the region it was addressed to; another region's melding is not found. */
    @Transactional(readOnly = true)
    public Optional<Melding> melding(VeiligThuisRegio aan, UUID id) {
        return store.find(id).filter(m -> m.aan().id().equals(aan.id()));
    }
}
