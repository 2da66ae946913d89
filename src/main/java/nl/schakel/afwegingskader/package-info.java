/**
 * The afwegingskader of the meldcode as a pure decision model: the five afwegingen, the two beslissingen and the
 * three meldnormen, with one versioned {@link nl.schakel.afwegingskader.Kader} per beroepscluster. Plain Java: no
 * Spring, no I/O, no clock.
 *
 * <p>Afweging 2 = ja is acute, structurele or both ({@link nl.schakel.afwegingskader.Onveiligheid}); all three mean
 * meldnorm 1, which stays whatever afwegingen 3 to 5 say afterwards, but only acute onveiligheid or a disclosure is
 * the accelerated path of rule 26. A ja without the kind counts as possibly acute, and a disclosure rules out
 * afweging 1 and 2 = nee (ADR-0018).
 */
@NullMarked
@ApplicationModule(allowedDependencies = "shared")
package nl.schakel.afwegingskader;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
