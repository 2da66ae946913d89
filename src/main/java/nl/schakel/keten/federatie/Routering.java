package nl.schakel.keten.federatie;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.schakel.keten.VeiligThuisRegio;
import nl.schakel.organisation.OrganisationManagement;
import nl.schakel.shared.TenantId;
import org.springframework.beans.factory.annotation.Value;
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
    private final boolean register;

    Routering(
            OrganisationManagement organisation,
            Partijen partijen,
            @Value("${schakel.instantie.rollen:ORGANISATIES,REGIOS,REGISTER}") Set<String> rollen) {
        this.organisation = organisation;
        this.partijen = partijen;
        this.register = rollen.contains("REGISTER");
    }

    /**
     * Whether this instance serves the national VT-register ({@code schakel.instantie.rollen} contains
     * {@code REGISTER}, as in the all-in-one default), so register messages from other parties are taken in here.
     */
    public boolean dientRegister() {
        return register;
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
