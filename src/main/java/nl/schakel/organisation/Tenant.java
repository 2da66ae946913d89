package nl.schakel.organisation;

import java.util.Set;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantKind;

/** An organisation bound by the meldcode (with its sectors and beroepsclusters) or a Veilig Thuis region. */
public record Tenant(
        TenantId id, String name, TenantKind kind, Set<String> sectors, Set<Beroepscluster> beroepsclusters) {}
