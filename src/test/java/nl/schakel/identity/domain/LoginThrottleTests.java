package nl.schakel.identity.domain;

import static nl.schakel.identity.domain.LoginThrottle.FIRST_WAIT;
import static nl.schakel.identity.domain.LoginThrottle.FREE_FAILURES;
import static nl.schakel.identity.domain.LoginThrottle.MAX_WAIT;
import static nl.schakel.identity.domain.LoginThrottle.waitBefore;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginThrottleTests {

    private static final Instant LAST_FAILURE = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void letsTheFreeFailuresThroughWithoutWaiting() {
        for (int failures = 0; failures < FREE_FAILURES; failures++) {
            assertThat(waitBefore(failures, LAST_FAILURE, LAST_FAILURE, FREE_FAILURES))
                    .as("after %d failures", failures)
                    .isZero();
        }
    }

    @Test
    void makesTheAttemptAfterTheFreeFailuresWaitTheFirstWait() {
        assertThat(waitBefore(FREE_FAILURES, LAST_FAILURE, LAST_FAILURE, FREE_FAILURES))
                .isEqualTo(FIRST_WAIT);
    }

    @ParameterizedTest
    @CsvSource({"0, 5", "1, 10", "2, 20", "3, 40", "4, 80", "5, 160", "6, 320", "7, 640"})
    void doublesTheWaitAfterEachFurtherFailure(int furtherFailures, long seconds) {
        assertThat(waitBefore(FREE_FAILURES + furtherFailures, LAST_FAILURE, LAST_FAILURE, FREE_FAILURES))
                .isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @CsvSource({"8", "9", "20", "21", "64", "1000000", "2147483647"})
    void neverWaitsLongerThanTheMaximum(int furtherFailures) {
        int failures = (int) Math.min((long) FREE_FAILURES + furtherFailures, Integer.MAX_VALUE);
        assertThat(waitBefore(failures, LAST_FAILURE, LAST_FAILURE, FREE_FAILURES))
                .isEqualTo(MAX_WAIT);
    }

    @Test
    void countsTheWaitFromTheLastFailure() {
        Instant now = LAST_FAILURE.plusSeconds(3);

        assertThat(waitBefore(FREE_FAILURES, LAST_FAILURE, now, FREE_FAILURES)).isEqualTo(Duration.ofSeconds(2));
        assertThat(waitBefore(FREE_FAILURES, LAST_FAILURE, LAST_FAILURE.plus(FIRST_WAIT), FREE_FAILURES))
                .isZero();
        assertThat(waitBefore(FREE_FAILURES, LAST_FAILURE, LAST_FAILURE.plusSeconds(60), FREE_FAILURES))
                .isZero();
    }

    @Test
    void keepsTheMaximumWaitUntilItHasPassed() {
        int many = FREE_FAILURES + 100;

        assertThat(waitBefore(many, LAST_FAILURE, LAST_FAILURE.plus(MAX_WAIT).minusSeconds(1), FREE_FAILURES))
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(waitBefore(many, LAST_FAILURE, LAST_FAILURE.plus(MAX_WAIT), FREE_FAILURES))
                .isZero();
    }

    @Test
    void usesTheFreeFailuresOfTheKeyGiven() {
        int perAddress = LoginThrottle.FREE_FAILURES_PER_ADDRESS;

        assertThat(waitBefore(perAddress - 1, LAST_FAILURE, LAST_FAILURE, perAddress))
                .isZero();
        assertThat(waitBefore(perAddress, LAST_FAILURE, LAST_FAILURE, perAddress))
                .isEqualTo(FIRST_WAIT);
    }

    @Test
    void neverLocksAnyoneOutForGood() {
        assertThat(MAX_WAIT).isLessThanOrEqualTo(Duration.ofMinutes(15));
        assertThat(waitBefore(Integer.MAX_VALUE, LAST_FAILURE, LAST_FAILURE.plus(MAX_WAIT), FREE_FAILURES))
                .isZero();
    }
}
