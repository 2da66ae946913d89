package nl.schakel.register.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.schakel.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Rule 46: who matches whom in the VT-register, as plain Java. */
class MatchregelTests {

    private static final Instant NU =
            OffsetDateTime.of(2026, 12, 5, 10, 0, 0, 0, ZoneOffset.UTC).toInstant();
    private static final String P = "Pseudoniem_van_een_kind_uit_de_test_0000000";
    private static final TenantId NOORD = TenantId.random();
    private static final TenantId ZUID = TenantId.random();

    private static Betrokkenheid van(TenantId regio, String pseudoniem, int versie, @Nullable Instant tot) {
        return new Betrokkenheid(UUID.randomUUID(), regio, pseudoniem, versie, NU.minusSeconds(86_400 * 400L), tot);
    }

    @Test
    void rule46_anotherRegionsInvolvementWithTheSamePersonIsAMatch() {
        Betrokkenheid nieuw = van(ZUID, P, 1, null);
        Betrokkenheid noord = van(NOORD, P, 1, null);

        assertThat(Matchregel.matches(nieuw, List.of(noord, nieuw), NU)).containsExactly(noord);
    }

    @Test
    void rule46_anEndedInvolvementStillMatchesWithinTheRetention() {
        Instant bijnaTwintigJaar =
                OffsetDateTime.of(2006, 12, 6, 10, 0, 0, 0, ZoneOffset.UTC).toInstant();
        Betrokkenheid geeindigd = van(NOORD, P, 1, bijnaTwintigJaar);

        assertThat(Matchregel.matches(van(ZUID, P, 1, null), List.of(geeindigd), NU))
                .containsExactly(geeindigd);
    }

    @Test
    void rule46_anInvolvementEndedMoreThanTwentyYearsAgoNoLongerMatches() {
        Instant ruimTwintigJaar =
                OffsetDateTime.of(2006, 12, 4, 10, 0, 0, 0, ZoneOffset.UTC).toInstant();
        Betrokkenheid verlopen = van(NOORD, P, 1, ruimTwintigJaar);

        assertThat(Matchregel.verlopen(verlopen, NU)).isTrue();
        assertThat(Matchregel.matches(van(ZUID, P, 1, null), List.of(verlopen), NU))
                .isEmpty();
        assertThat(Matchregel.bewaarGrens(NU))
                .isEqualTo(OffsetDateTime.of(2006, 12, 5, 10, 0, 0, 0, ZoneOffset.UTC)
                        .toInstant());
    }

    @Test
    void rule46_aDifferentKeyVersionDoesNotMatch() {
        assertThat(Matchregel.matches(van(ZUID, P, 2, null), List.of(van(NOORD, P, 1, null)), NU))
                .isEmpty();
    }

    @Test
    void rule46_anotherPseudonymDoesNotMatch() {
        String andere = "Pseudoniem_van_een_ander_kind_in_de_test_00";
        assertThat(Matchregel.matches(van(ZUID, P, 1, null), List.of(van(NOORD, andere, 1, null)), NU))
                .isEmpty();
    }

    @Test
    void rule46_theSameRegionNeverMatchesItselfEvenForAnotherCase() {
        Betrokkenheid eerdereZaak = van(ZUID, P, 1, NU.minusSeconds(86_400));

        assertThat(Matchregel.matches(van(ZUID, P, 1, null), List.of(eerdereZaak), NU))
                .isEmpty();
    }
}
