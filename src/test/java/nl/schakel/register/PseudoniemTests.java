package nl.schakel.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import nl.schakel.shared.TenantId;
import org.junit.jupiter.api.Test;

/** The register's own checks of what a region sends, and how a match shows its certainty (rule 46). */
class PseudoniemTests {

    static final String P = "Pseudoniem_van_een_kind_uit_de_test_0000000";

    @Test
    void aPseudonymIsTheBase64urlOfThirtyTwoBytesInOneSpelling() {
        assertThat(Pseudoniem.geldig(P)).isTrue();
        assertThat(Pseudoniem.geldig(P.substring(1))).isFalse();
        assertThat(Pseudoniem.geldig(P.substring(1) + "=")).isFalse();
        // the same 32 bytes spelled with spare bits set in the last character
        assertThat(Pseudoniem.geldig(P.substring(0, 42) + "1")).isFalse();
        assertThatThrownBy(() -> new Pseudoniem("123456789", Soort.BSN, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("123456789");
        assertThatThrownBy(() -> new Pseudoniem(P, Soort.BSN, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPseudonymNeverShowsInALog() {
        assertThat(new Pseudoniem(P, Soort.BSN, 1).toString()).doesNotContain(P);
    }

    @Test
    void rule46_aMatchOnNameAndDateOfBirthIsOnlyAPossibleMatch() {
        assertThat(match(Soort.NAAM_GEBOORTEDATUM).mogelijk()).isTrue();
        assertThat(match(Soort.BSN).mogelijk()).isFalse();
    }

    private static Match match(Soort soort) {
        return new Match(
                UUID.randomUUID(),
                TenantId.random(),
                UUID.randomUUID(),
                new Pseudoniem(P, soort, 1),
                TenantId.random(),
                "Veilig Thuis Elders",
                Instant.EPOCH,
                null,
                "088 123 45 67");
    }
}
