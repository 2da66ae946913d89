/**
 * Veilig Thuis: the region's case from the first contact to the decision after the veiligheidsbeoordeling (issue 4):
 * intake of advies and meldingen (registered by workers or the region's API client, or arrived from a Schakel dossier
 * through {@code keten}), the melder kept apart, the legal terms in working days, the queue, the veiligheidsbeoordeling
 * and the terugkoppeling to the melder. A case is its append-only journal.
 *
 * <p>Terms in working days are counted on the deployment's one {@code Werkdagkalender} (defined by {@code
 * organisation}, ADR-0017). When its equated days change, {@code TermijnHerberekening} sets the VB deadline of every
 * open veiligheidsbeoordeling again (and at start-up when {@code veiligthuis.termijn_kalender} holds another version),
 * with an access-log row per moved deadline.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "audit", "organisation", "keten"})
package nl.schakel.veiligthuis;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
