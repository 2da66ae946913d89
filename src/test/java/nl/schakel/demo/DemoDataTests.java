package nl.schakel.demo;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Demo data never enters a production deployment. */
class DemoDataTests {

    @Test
    void refusesToStartWithTheProdProfile() {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("dev", "prod");

        assertThatThrownBy(() -> new DemoData(null, null, null, null, null, env))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("prod");
    }

    @Test
    void startsWithoutTheProdProfile() {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("dev");

        assertThatNoException().isThrownBy(() -> new DemoData(null, null, null, null, null, env));
    }
}
