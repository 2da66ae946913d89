/**
 * Management information without case content (issue 13): read models built only from the events of the modules it
 * reports on; nobody calls this module, and it never reads another module's tables.
 *
 * <p>{@code reporting_dossier} holds one row per meldcode dossier with its tenant, the owner's team when it was
 * opened and the moments that matter (opened, each step first done, kindcheck, melding, hulpplan with its
 * re-evaluation date, closed and in which step); {@code reporting_vir} one row per Verwijsindex signal with its
 * period. No names, BSNs, dates of birth or free text ever enter these tables.
 *
 * <p><b>Filled from events (ADR-0031).</b> {@code DossierGebeurtenisOntvangst} listens to
 * {@code dossier.DossierGebeurtenis} (after the dossier's commit, at least once, in any order) and stores each event
 * once in {@code reporting_gebeurtenis}; {@code persistence.GebeurtenisStore} then computes the dossier's row and VIR
 * rows again from all its events, under an advisory lock per dossier. A step is done at its first entry: step 1 the
 * first signaal, 2 the first collegiale consultatie, 3 the first gesprek (held or skipped with a reason), 4 the first
 * afweging (also where the kader asks them in step 5), 5 the first beslissing; kindcheck and melding their first
 * entry. The hulpplan is the latest, with its re-evaluation date; it is re-evaluated at the first afweging 5 after it
 * (as the owner's reminder ends, rule 6); a follow-up is overdue when that date has passed, it is not re-evaluated
 * and the dossier is open. {@code gesloten_in_stap} is the highest step of an entry in force when it was closed (at
 * least 1). A VIR row runs from the signal's entry to its end's.
 *
 * <p>Management information (ADR-0032): {@code informatie.Managementinformatie} lets the leidinggevende
 * ({@code Role.LEIDINGGEVENDE}) and the beheerder of an organisation read the figures of a year, logging every read
 * (R) and export (E); {@code domain.Managementcijfers} counts the organisation, each team and the dossiers without a
 * team for the year, its quarters and months ({@code domain.Telling}), and protects the whole table at once
 * ({@code domain.Afscherming}: 1–4 as "< 5", complementary suppression audited by row reduction, times only from five
 * dossiers), so no choice of period or team on the pages ({@code web}, {@code /management}) or in the CSV can single
 * out a case.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "identity", "audit", "organisation", "dossier"})
package nl.schakel.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
