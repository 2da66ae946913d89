/**
 * Veilig Thuis: the region's case from the first contact to the decision after the veiligheidsbeoordeling (issue 4):
 * intake of advies and meldingen (registered by workers or the region's API client, or arrived from a Schakel dossier
 * through {@code keten}), the melder kept apart, the legal terms in working days, the queue, the veiligheidsbeoordeling
 * and the terugkoppeling to the melder. A case is its append-only journal.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "audit", "organisation", "keten"})
package nl.schakel.veiligthuis;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
