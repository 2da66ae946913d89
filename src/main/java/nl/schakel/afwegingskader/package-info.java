/**
 * The afwegingskader of the meldcode as a pure decision model: the five afwegingen, the two beslissingen and the
 * three meldnormen, with one versioned {@link nl.schakel.afwegingskader.Kader} per beroepscluster. Plain Java: no
 * Spring, no I/O, no clock.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "shared")
package nl.schakel.afwegingskader;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
