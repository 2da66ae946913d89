package nl.schakel.organisation;

import java.util.Set;
import java.util.UUID;
import nl.schakel.TestActors;
import nl.schakel.TotpCodes;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.identity.NewAccount;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Beroepscluster;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.TenantKind;
import nl.schakel.shared.UserId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fresh organisation of its own for a training test, with a beheerder, an aandachtsfunctionaris and a beroepskracht,
 * so that changing its refresh intervals leaves the demo school as it is.
 */
record ScholingTestOrganisatie(TenantId tenant, Actor beheerder, Actor aandacht, Actor beroepskracht) {

    static ScholingTestOrganisatie maak(
            OrganisationManagement organisation, IdentityManagement identity, JdbcTemplate jdbc) {
        TenantId tenant = organisation.createSystemTenant(
                "Scholingsschool " + UUID.randomUUID().toString().substring(0, 8),
                TenantKind.ORGANISATIE,
                Set.of("onderwijs"),
                Set.of(Beroepscluster.ONDERWIJS));
        return new ScholingTestOrganisatie(
                tenant,
                lid(identity, jdbc, tenant, "sbeheer", Role.BEHEERDER, null),
                lid(identity, jdbc, tenant, "saf", Role.AANDACHTSFUNCTIONARIS, Beroepscluster.ONDERWIJS),
                lid(identity, jdbc, tenant, "sbk", Role.BEROEPSKRACHT, Beroepscluster.ONDERWIJS));
    }

    static Actor lid(
            IdentityManagement identity,
            JdbcTemplate jdbc,
            TenantId tenant,
            String prefix,
            Role role,
            Beroepscluster cluster) {
        String username = TestActors.uniqueUsername(prefix);
        identity.createSystemAccount(
                new NewAccount(
                        username,
                        "Test " + username,
                        TotpCodes.DEMO_PASSWORD,
                        tenant,
                        TenantKind.ORGANISATIE,
                        null,
                        role,
                        cluster),
                TotpCodes.DEMO_SECRET);
        return TestActors.actor(jdbc, username);
    }

    UserId beroepskrachtId() {
        return beroepskracht.userId();
    }
}
