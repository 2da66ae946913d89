package nl.schakel.organisation;

import java.util.Set;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.TenantKind;

/** A tenant to create, with its first beheerder. */
public record NewTenant(
        String name,
        TenantKind kind,
        Set<String> sectors,
        Set<Beroepscluster> beroepsclusters,
        String beheerderUsername,
        String beheerderName,
        String beheerderPassword) {

    @Override
    public String toString() {
        return "NewTenant[kind=" + kind + "]";
    }
}
