package nl.schakel.keten.federatie;

import java.util.List;
import java.util.Optional;
import nl.schakel.keten.VeiligThuisRegio;
import nl.schakel.organisation.OrganisationManagement;
import nl.schakel.shared.TenantId;
import org.springframework.stereotype.Component;

/**
 * Which tenants this instance serves and which a remote {@link Partij} serves: a tenant of this instance's
 * {@code organisation} is served here; any other tenant by the party whose configuration names it. In all-in-one mode
 * (federation disabled, no parties) every known tenant is served here and nothing changes.
 */
@Component
public class Routering {

    private final OrganisationManagement organisation;
    private final Partijen partijen;

    Routering(OrganisationManagement organisation, Partijen partijen) {
        this.organisation = organisation;
        this.partijen = partijen;
    }

    /** Whether the tenant is one of this instance's. */
    public boolean hier(TenantId tenant) {
        return organisation.tenant(tenant).isPresent();
    }

    /** Where a message to the tenant goes; empty when nobody serves it. */
    public Optional<Bestemming> bestemming(TenantId tenant) {
        boolean lokaal = hier(tenant);
        return Bestemming.kies(tenant, lokaal, lokaal ? Optional.empty() : partijen.voor(tenant));
    }

    /** The party that serves the tenant when it is not served here. */
    public Optional<Partij> elders(TenantId tenant) {
        return bestemming(tenant).map(Bestemming::partij);
    }

    /** The Veilig Thuis regions served by remote parties (names from their configuration), not those served here. */
    public List<VeiligThuisRegio> regiosElders() {
        return partijen.alle().stream()
                .flatMap(p -> p.regios().entrySet().stream())
                .filter(r -> !hier(r.getKey()))
                .map(r -> new VeiligThuisRegio(r.getKey(), r.getValue()))
                .toList();
    }
}
