package nl.schakel.register.domain;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

/**
 * Rule 46 (domain spec §3.8): when a region registers its involvement with a person, every other region that is or
 * was involved with the same person is a match, and both are told. "Was" is bounded by the retention of the VT file
 * (§3.9): an involvement ended more than {@link #BEWAARTERMIJN} ago is no longer kept, so it no longer matches.
 */
public final class Matchregel {

    /**
     * How long the register keeps an ended involvement: the retention of the Veilig Thuis file, 20 years (domain spec
     * §3.9, Rijksoverheid [S48]; before about 2020 it was 15 years, and the exact date of the change for Veilig Thuis
     * is uncertain). The longer retention for a child-protection measure (until the youngest child is 18) is the
     * region's to keep in its own file; the register does not know the children's ages.
     */
    public static final Period BEWAARTERMIJN = Period.ofYears(20);

    private Matchregel() {}

    /**
     * The involvements among the candidates that match the new one: another region, the same person under the same
     * key version, and active or ended within the retention period at the moment {@code nu}.
     */
    public static List<Betrokkenheid> matches(Betrokkenheid nieuw, Collection<Betrokkenheid> kandidaten, Instant nu) {
        return kandidaten.stream()
                .filter(k -> !k.regio().equals(nieuw.regio()))
                .filter(nieuw::zelfdePersoon)
                .filter(k -> !verlopen(k, nu))
                .toList();
    }

    /** Whether the involvement ended before the retention period that runs back from {@code nu}. */
    public static boolean verlopen(Betrokkenheid b, Instant nu) {
        return b.tot() != null && b.tot().isBefore(bewaarGrens(nu));
    }

    /** The moment an involvement must have ended after to be kept at {@code nu}. */
    public static Instant bewaarGrens(Instant nu) {
        return nu.atOffset(ZoneOffset.UTC).minus(BEWAARTERMIJN).toInstant();
    }
}
