package nl.schakel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import nl.schakel.shared.Actor;
import nl.schakel.shared.Role;
import nl.schakel.shared.TenantId;
import nl.schakel.shared.UserId;
import org.junit.jupiter.api.Test;

/** Who an access-log row names when an API client acts for a member (ADR-0014). */
class AccessEventTests {

    private static final TenantId SCHOOL = new TenantId(UUID.randomUUID());

    private static Actor member(TenantId tenant) {
        return new Actor(
                new UserId(UUID.randomUUID()),
                "leerkracht",
                "Lotte Leerkracht",
                Role.BEROEPSKRACHT,
                tenant,
                null,
                null,
                Instant.now());
    }

    private static Actor client(TenantId tenant) {
        return new Actor(
                new UserId(UUID.randomUUID()),
                "school-demo",
                "school-demo",
                Role.API_KOPPELING,
                tenant,
                null,
                null,
                null);
    }

    @Test
    void aMemberActingThemselvesIsTheUserWithNoOneOnWhoseBehalf() {
        Actor member = member(SCHOOL);

        AccessEvent event = AccessEvent.by(member, "dossier.read", ActionCode.R);

        assertThat(event.userId()).isEqualTo(member.userId());
        assertThat(event.username()).isEqualTo("leerkracht");
        assertThat(event.role()).isEqualTo("BEROEPSKRACHT");
        assertThat(event.onBehalfOf()).isNull();
    }

    @Test
    void anApiClientActingForAMemberIsTheUserAndTheMemberIsOnWhoseBehalf() {
        Actor client = client(SCHOOL);

        AccessEvent event = AccessEvent.by(member(SCHOOL).actedForBy(client), "dossier.read", ActionCode.R)
                .on("dossier", "d1")
                .segment("dossier");

        assertThat(event.userId()).isEqualTo(client.userId());
        assertThat(event.username()).isEqualTo("school-demo");
        assertThat(event.role()).isEqualTo("API_KOPPELING");
        assertThat(event.onBehalfOf()).isEqualTo("leerkracht");
        assertThat(event.tenantId()).isEqualTo(SCHOOL);
        assertThat(event.objectId()).isEqualTo("d1");
    }

    @Test
    void onlyAClientOfTheMembersOwnTenantActsForTheMember() {
        Actor member = member(SCHOOL);

        assertThatThrownBy(() -> member.actedForBy(client(new TenantId(UUID.randomUUID()))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> member.actedForBy(member(SCHOOL))).isInstanceOf(IllegalArgumentException.class);
        assertThat(member.actedForBy(client(SCHOOL)).secondFactorAt())
                .as("a client's call carries no second factor of the member")
                .isNull();
    }
}
