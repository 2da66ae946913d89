package nl.schakel.keten.federatie;

import java.util.Optional;
import nl.schakel.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Where a message to a tenant goes: to this instance (the tenant is one of this instance's tenants, the message is an
 * in-process event as in all-in-one mode) or to the remote {@link Partij} that serves it. A tenant that is both is
 * served here: the local tenant wins, so a misconfigured party list never takes a local tenant's messages away.
 *
 * @param partij the remote party; {@code null} when the tenant is served here
 */
public record Bestemming(TenantId tenant, @Nullable Partij partij) {

    /** Served by this instance. */
    public boolean hier() {
        return partij == null;
    }

    /**
     * The decision, without reading anything: here when the tenant is local, else the party that serves it, else
     * nowhere (unknown tenant).
     */
    public static Optional<Bestemming> kies(TenantId tenant, boolean lokaal, Optional<Partij> partij) {
        if (lokaal) {
            return Optional.of(new Bestemming(tenant, null));
        }
        return partij.map(p -> new Bestemming(tenant, p));
    }
}
