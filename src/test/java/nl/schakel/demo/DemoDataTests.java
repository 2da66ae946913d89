package nl.schakel.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Demo data never enters a production deployment. */
class DemoDataTests {

    @Test
    void refusesToStartWithTheProdProfile() {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("dev", "prod");

        assertThatThrownBy(() -> new DemoData(null, null, null, null, null, null, DemoTenants.REGIOS, env))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("prod");
    }

    @Test
    void startsWithoutTheProdProfile() {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("dev");

        assertThatNoException()
                .isThrownBy(() -> new DemoData(null, null, null, null, null, null, DemoTenants.REGIOS, env));
    }

    @Test
    void refusesARegionThatIsNoDemoRegion() {
        MockEnvironment env = new MockEnvironment();

        assertThatThrownBy(() -> new DemoData(
                        null, null, null, null, null, null, List.of(DemoTenants.ZUID, "Veilig Thuis Elders"), env))
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
