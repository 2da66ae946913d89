package nl.schakel.keten.federatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The back-off of the deliverer: 2 s after the first failure, doubling, never more than 5 minutes. */
class TerugvalTests {

    @Test
    void startsAtTwoSecondsAndDoubles() {
        assertThat(Terugval.na(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(Terugval.na(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(Terugval.na(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(Terugval.na(7)).isEqualTo(Duration.ofSeconds(128));
        assertThat(Terugval.na(8)).isEqualTo(Duration.ofSeconds(256));
    }

    @Test
    void isCappedAtFiveMinutesAndNeverOverflows() {
        assertThat(Terugval.na(9)).isEqualTo(Duration.ofMinutes(5));
        assertThat(Terugval.na(40)).isEqualTo(Duration.ofMinutes(5));
        assertThat(Terugval.na(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void thereIsNoWaitBeforeAnyAttemptFailed() {
        assertThatThrownBy(() -> Terugval.na(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
