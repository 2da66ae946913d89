/**
 * Management information without case content (issue 13): read models built only from the events of the modules it
 * reports on; nobody calls this module, and it never reads another module's tables.
 *
 * <p>{@code reporting_dossier} holds one row per meldcode dossier with its tenant, the owner's team when it was
 * opened and the moments that matter (opened, each step first done, kindcheck, melding, hulpplan with its
 * re-evaluation date, closed and in which step); {@code reporting_vir} one row per Verwijsindex signal with its
 * period. No names, BSNs, dates of birth or free text ever enter these tables.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "identity", "audit", "organisation", "dossier"})
package nl.schakel.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
