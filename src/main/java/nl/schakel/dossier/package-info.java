/**
 * The professional's meldcode dossier: the betrokkenen and the append-only journal of what was seen, done and
 * decided, the melding to Veilig Thuis (sent through {@code keten}) and signals in the Verwijsindex Risicojongeren.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "audit", "organisation", "keten", "afwegingskader"})
package nl.schakel.dossier;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
