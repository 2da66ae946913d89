/**
 * The professional's meldcode dossier: the betrokkenen and the append-only journal of what was seen, done and
 * decided, starting with the signalen of step 1.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "audit", "afwegingskader"})
package nl.schakel.dossier;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
