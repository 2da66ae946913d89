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

    /** The application's {@link Clock} in tests (primary over the system clock); inject it as MutableClock. */
    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }
}
