package nl.schakel.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.schakel.shared.TenantId;

/**
 * The names and fixed ids of the demo tenants. Each id is derived from the name
 * ({@code UUID.nameUUIDFromBytes("schakel-demo/" + name)}), so every instance of a federated set, each with its own
 * database, seeds a demo tenant under the same id and the federation settings ({@code scripts/federatie.sh}) can name
 * it.
 */
public final class DemoTenants {

    public static final String SCHOOL = "Basisschool De Schakel";
    public static final String PRAKTIJK = "Huisartsenpraktijk Het Plein";
    public static final String OPVANG = "Kinderopvang Het Nest";
    public static final String NOORD = "Veilig Thuis Demo-Noord";
    public static final String ZUID = "Veilig Thuis Demo-Zuid";

    /** The demo regions, in the order they are seeded. */
    public static final List<String> REGIOS = List.of(NOORD, ZUID);

    private DemoTenants() {}

    /** The fixed id of a demo tenant. */
    public static TenantId id(String name) {
        return new TenantId(UUID.nameUUIDFromBytes(("schakel-demo/" + name).getBytes(StandardCharsets.UTF_8)));
    }
}
