/**
 * Tenants (organisations bound by the meldcode and Veilig Thuis regions), their teams and members; the platform's
 * configuration: the code list "vormen van geweld" ({@link nl.schakel.organisation.Codelijsten}) and the days equated
 * with a general holiday by decree ({@link nl.schakel.organisation.Kalenderbeheer}, ADR-0017). Later: the
 * meldprotocol, the training register and the implementation checklist.
 *
 * <p>The working-day calendar: this module defines the deployment's one {@code Werkdagkalender} bean
 * ({@code KalenderConfiguration}). Its decree days come from {@code KalenderBron}, which keeps the stored list in
 * memory, re-reads it after its own node's change commits and when its periodic check ({@code
 * schakel.kalender.verversen}) finds that another node changed it. The list is append-only (decrees, and per day rows
 * that add or withdraw it); each change writes its access-log row and publishes {@link
 * nl.schakel.organisation.WerkdagkalenderGewijzigd} in the same transaction, on which {@code veiligthuis} recomputes
 * the open VB deadlines. Years without a decree get the expected days of {@code Gelijkstellingsregel}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "identity", "audit"})
package nl.schakel.organisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
