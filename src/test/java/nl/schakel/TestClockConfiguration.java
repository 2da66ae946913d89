package nl.schakel;

import java.time.Clock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Import in integration tests that log in more than once per 30 seconds as the same user: a TOTP code is accepted
 * only once, so tests move the clock on by a step ({@link TotpCodes#nextCode}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    /** Not primary itself (it is a Clock too): injected by its own type, while {@link #testClock} wins for Clock. */
    @Bean
    MutableClock mutableClock() {
        return new MutableClock();
    }

    @Bean
    @Primary
    Clock testClock(MutableClock clock) {
        return clock;
    }
}
