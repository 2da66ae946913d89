package nl.schakel.keten.federatie;

import java.time.Duration;

/**
 * How long the deliverer waits before it tries a message again: 2 seconds after the first failed attempt, doubling
 * with every next one, never longer than 5 minutes. Plain Java, no clock: the caller adds it to its own now.
 */
public final class Terugval {

    static final Duration EERSTE = Duration.ofSeconds(2);
    static final Duration HOOGSTENS = Duration.ofMinutes(5);

    private Terugval() {}

    /**
     * The wait after a failed attempt.
     *
     * @param pogingen how many attempts failed so far, this one included (at least 1)
     */
    public static Duration na(int pogingen) {
        if (pogingen < 1) {
            throw new IllegalArgumentException("pogingen < 1");
        }
        // 2^8 × 2 s = 512 s is past the cap already: no shift that could overflow
        int verdubbelingen = Math.min(pogingen - 1, 8);
        Duration wacht = EERSTE.multipliedBy(1L << verdubbelingen);
        return wacht.compareTo(HOOGSTENS) > 0 ? HOOGSTENS : wacht;
    }
}
