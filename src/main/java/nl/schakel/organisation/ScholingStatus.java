package nl.schakel.organisation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The training status of a member on a day: whether their latest meldcode training is still valid for the refresh
 * interval of their role, and until when.
 *
 * @param stand valid, due soon, expired, or none followed
 * @param laatstGevolgd the day of the latest training followed; null when none
 * @param geldigTot the last day it counts; null when none was followed or the role has no refresh interval
 */
public record ScholingStatus(
        Stand stand,
        @Nullable LocalDate laatstGevolgd,
        @Nullable LocalDate geldigTot) {

    /** The four states, in the order the overview of who is due lists them. */
    public enum Stand {
        VERLOPEN,
        VERLOOPT_BINNENKORT,
        GEEN,
        GELDIG
    }

    public static ScholingStatus geen() {
        return new ScholingStatus(Stand.GEEN, null, null);
    }

    /** Whether the member should be told: the training expires soon or has expired. */
    public boolean vraagtAandacht() {
        return stand == Stand.VERLOOPT_BINNENKORT || stand == Stand.VERLOPEN;
    }
}
