package nl.schakel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rule 43: one rule for shielding the melder from the family, wherever a melding is made. */
class MelderAfschermingTests {

    @Test
    void rule43_whenTheClientWasNotToldTheMelderIsShieldedUnlessTheyChooseOtherwise() {
        assertThat(MelderAfscherming.afgeschermd(false, null)).isTrue();
        assertThat(MelderAfscherming.afgeschermd(false, false)).isFalse();
        assertThat(MelderAfscherming.afgeschermd(false, true)).isTrue();
    }

    @Test
    void rule43_whenTheClientWasToldTheMelderIsNotShieldedUnlessTheyAsk() {
        assertThat(MelderAfscherming.afgeschermd(true, null)).isFalse();
        assertThat(MelderAfscherming.afgeschermd(true, true)).isTrue();
        assertThat(MelderAfscherming.afgeschermd(true, false)).isFalse();
    }

    @Test
    void rule43_whenNobodyKnowsWhetherTheClientWasToldTheMelderIsShieldedUnlessTheyChooseOtherwise() {
        assertThat(MelderAfscherming.afgeschermd(null, null)).isTrue();
        assertThat(MelderAfscherming.afgeschermd(null, false)).isFalse();
    }
}
