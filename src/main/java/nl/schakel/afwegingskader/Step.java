package nl.schakel.afwegingskader;

import org.jspecify.annotations.Nullable;

/** What one afweging's answer means for the path. */
sealed interface Step {

    /** The afweging has no (complete) answer yet: it is the next one to ask. */
    record Missing(@Nullable Text hint) implements Step {}

    /** Go on to the next afweging. */
    record Next(Path path) implements Step {}

    /** The branch ends at this afweging. */
    record End(Path path) implements Step {}
}
