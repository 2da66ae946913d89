/**
 * Management information without case content (issue 13): read models built only from the events of the modules it
 * reports on; nobody calls this module, and it never reads another module's tables.
 *
 * <p>{@code reporting_dossier} holds one row per meldcode dossier with its tenant, the owner's team when it was
 * opened and the moments that matter (opened, each step first done, kindcheck, melding, hulpplan with its
 * re-evaluation date, closed and in which step); {@code reporting_vir} one row per Verwijsindex signal with its
 * period. No names, BSNs, dates of birth or free text ever enter these tables.
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
