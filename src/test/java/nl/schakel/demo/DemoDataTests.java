package nl.schakel.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import nl.schakel.identity.ApiClients;
import nl.schakel.identity.IdentityManagement;
import nl.schakel.organisation.MeldprotocolDemo;
import nl.schakel.organisation.OrganisationManagement;
import nl.schakel.shared.Instantie;
import nl.schakel.shared.TenantId;
import nl.schakel.veiligthuis.VeiligThuisDemo;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

/** Demo data never enters a production deployment; each region's demo cases are seeded in its own instance. */
class DemoDataTests {

    private final OrganisationManagement organisation = mock(OrganisationManagement.class);
    private final VeiligThuisDemo veiligThuis = mock(VeiligThuisDemo.class);

    private void seed(Instantie instantie, List<String> regios) {
        when(organisation.createSystemTenant(any(TenantId.class), any(), any(), any(), any()))
                .thenAnswer(call -> call.getArgument(0));
        new DemoData(
                        organisation,
                        mock(IdentityManagement.class),
                        mock(ApiClients.class),
                        mock(JdbcClient.class, RETURNS_DEEP_STUBS),
                        veiligThuis,
                        mock(MeldprotocolDemo.class),
                        instantie,
                        regios,
                        new MockEnvironment())
                .run(new DefaultApplicationArguments());
    }

    @Test
    void allInOne_seedsDemoZuidsEarlierCaseBeforeDemoNoord_soDaansMatchIsMadeBetweenTheTwo() {
        seed(Instantie.met(), DemoTenants.REGIOS);

        InOrder order = inOrder(veiligThuis);
        order.verify(veiligThuis).vulDemoZuid(eq(DemoTenants.id(DemoTenants.ZUID)), any(), any(), any());
        order.verify(veiligThuis).vulDemoRegio(eq(DemoTenants.id(DemoTenants.NOORD)), any(), any(), any());
    }

    @Test
    void aNoordOnlyInstance_neverWritesACaseOfDemoZuid() {
        seed(Instantie.met(Instantie.Rol.REGIOS), List.of(DemoTenants.NOORD));

        verify(veiligThuis).vulDemoRegio(eq(DemoTenants.id(DemoTenants.NOORD)), any(), any(), any());
        verify(veiligThuis, never()).vulDemoZuid(any(), any(), any(), any());
    }

    @Test
    void refusesToStartWithTheProdProfile() {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("dev", "prod");

        assertThatThrownBy(() -> new DemoData(null, null, null, null, null, null, null, DemoTenants.REGIOS, env))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("prod");
    }

    @Test
    void startsWithoutTheProdProfile() {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("dev");

        assertThatNoException()
                .isThrownBy(() -> new DemoData(null, null, null, null, null, null, null, DemoTenants.REGIOS, env));
    }

    @Test
    void refusesARegionThatIsNoDemoRegion() {
        MockEnvironment env = new MockEnvironment();

        assertThatThrownBy(() -> new DemoData(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(DemoTenants.ZUID, "Veilig Thuis Elders"),
                        env))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Veilig Thuis Elders");
    }

    /** The ids are fixed: scripts/federatie.sh and the federation settings of a demo set name them. */
    @Test
    void theDemoTenantsHaveFixedIdsDerivedFromTheirNames() {
        assertThat(DemoTenants.id(DemoTenants.SCHOOL)).hasToString("ea47be54-de04-3f2c-9622-81cb6407750d");
        assertThat(DemoTenants.id(DemoTenants.NOORD)).hasToString("6277e79c-022c-3fe9-8413-6678eb7ecd78");
        assertThat(DemoTenants.id(DemoTenants.ZUID)).hasToString("b2d67a33-69fd-3b4c-b555-8d6e68e11e1e");
    }
}
