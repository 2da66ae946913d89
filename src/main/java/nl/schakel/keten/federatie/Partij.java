package nl.schakel.keten.federatie;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import nl.schakel.shared.TenantId;

/**
 * Another Schakel instance this one exchanges messages with, known by the OIN in its certificate (Digikoppeling,
 * ADR-0025). The principal of a request on the federation connector.
 *
 * @param oin the party's Organisatie-identificatienummer (20 digits)
 * @param naam the party's name, for people
 * @param url the base URL of its federation connector
 * @param regios the Veilig Thuis regions it serves, tenant id to name, in configured order
 * @param organisaties the organisations it serves
 * @param register whether it hosts the national VT-register
 */
public record Partij(
        String oin, String naam, URI url, Map<TenantId, String> regios, Set<TenantId> organisaties, boolean register) {

    /** Whether this party serves the tenant, as a region or as an organisation. */
    public boolean bedient(TenantId tenant) {
        return regios.containsKey(tenant) || organisaties.contains(tenant);
    }
}
