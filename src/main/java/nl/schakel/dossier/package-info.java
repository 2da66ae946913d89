/**
 * The professional's meldcode dossier: the betrokkenen and the append-only journal of what was seen, done and
 * decided, the melding to Veilig Thuis (sent through {@code keten}) and signals in the Verwijsindex Risicojongeren.
 *
 * <p><b>The melding and afterwards</b> ({@code MeldingManagement}, pages {@code /dossiers/{id}/melding} and
 * {@code /dossiers/{id}/aanvulling}, API {@code MeldingApiController}). The melding carries what is in force in the
 * journal ({@code domain.MeldingInhoud}): betrokkenen, signalen, consultaties, the gesprekken met de cliënt of step 3
 * (held, or skipped with their {@code RedenGeenGesprek}; a melding stored before they were carried reads with none),
 * and the afwegingen and beslissingen with their reasons; "Wat gaat er mee" on the page lists all of it and what
 * the professional adds. Whether the family may know who reported follows the one rule of
 * {@code shared.MelderAfscherming} (rule 43): the page offers "follow the rule" (the default), shield, or not; a form
 * or API call without a choice gets the rule. Once a melding is sent, the dossier page says "U meldde op … bij …" and
 * its main action is "Aanvulling sturen": {@code domain.Aanvulling} (kind {@code AANVULLING}) carries the
 * professional's words and what was recorded since the melding or the previous aanvulling
 * ({@code Aanvulling.nieuwSinds}), logged as {@code dossier.aanvulling.send} and sent as {@code keten.Aanvulling} in
 * the same transaction (ADR-0019). A second melding from the same dossier is refused
 * ({@code Melding.geenStilleHerhaling}, field {@code nogmaals}) unless the professional confirms it on purpose. The
 * API's {@code GET /api/v1/dossiers/{id}} shows each melding's state ({@code meldingen}: sent when, to which region,
 * the Veilig Thuis status, the aanvullingen).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "audit", "organisation", "keten", "afwegingskader"})
package nl.schakel.dossier;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
