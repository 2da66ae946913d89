package nl.schakel;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Import in integration tests that log in more than once per 30 seconds as the same user: a TOTP code is accepted
 * only once, so tests move the clock on by a step ({@link TotpCodes#nextCode}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    /** The one primary {@link java.time.Clock}: a second primary clock bean would make injection ambiguous. */
    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }
}
