/**
 * Tenants (organisations bound by the meldcode and Veilig Thuis regions), their teams and members; the platform's
 * configuration: the code list "vormen van geweld" ({@link nl.schakel.organisation.Codelijsten}) and the days equated
 * with a general holiday by decree ({@link nl.schakel.organisation.Kalenderbeheer}, ADR-0017). Later: the
 * meldprotocol, the training register and the implementation checklist.
 *
 * <ul>
 *   <li>{@code OrganisationManagement}: the platformbeheerder creates a tenant with its first beheerder; a beheerder
 *       manages the teams and members of their own tenant (add, change role, team or beroepscluster, block, reset the
 *       second factor). Accounts themselves are created and changed through {@code identity.IdentityManagement}.
 *       {@code tenantsOfKind} lists, for instance, the Veilig Thuis regions.
 *   <li>{@code Colleagues}: what other modules may know of a tenant's colleagues who work with clients (beroepskracht,
 *       aandachtsfunctionaris; names and roles, no client data), and the settings of rule 24: which members only signal
 *       ("alleen signaleren") and who records steps 2–5 for them (a named colleague, or by default the
 *       aandachtsfunctionarissen). The beheerder changes both on {@code /beheer/leden}.
 *   <li>{@code Codelijsten}: the configurable code list "vormen van geweld", seeded with one code per
 *       {@code shared.VormVanGeweld}: each code a lower-case slug with a Dutch and an English label, an order, active
 *       or not, and the national category it belongs to. {@code vormenVanGeweld()} gives the active codes for forms,
 *       {@code alleCodes()} every code (to label what was chosen earlier), {@code categorieen(codes)} maps chosen codes
 *       to their categories and refuses an unknown or inactive one ({@code Codelijst}, plain Java). Only the
 *       platformbeheerder changes the list ({@code voegToe}, {@code zetActief}, {@code wijzigLabels},
 *       {@code verplaats}; page {@code /platform/codelijsten}), every change logged ({@code organisation.codelijst.*});
 *       codes are never deleted, only switched off.
 *   <li>{@code Invoeringsbeheer}: the implementation checklist of the meldcode ({@code /beheer/invoering}; issue 13).
 *       The seven implementation items of the seed deck and one item per {@code Minimumeis} ({@code Invoeringspunt}),
 *       each with an owner (a member), a status, a due date and evidence: a note, or documents uploaded as evidence
 *       ({@code Bewijsstuk}), at most 5 MB, their kind proved by content, never by name ({@code Bestandssoort}: PDF,
 *       PNG, JPEG, OOXML and ODF without macros; {@code Bewijsregels}), stored in the database. The minimum requirements
 *       are checked automatically: done exactly when {@link nl.schakel.organisation.Meldprotocollen#minimumeisen} says
 *       the meldprotocol in force proves it, with its reason; an implementation item is done when marked done, which
 *       needs evidence ({@code Invoeringsregels}, plain Java: the change rules, items, late items and progress). Every
 *       change is a new row of an append-only history, shown per item. The beheerder and the aandachtsfunctionarissen
 *       of the tenant read and change it; every read, change and upload writes its access-log row in the same
 *       transaction, a download as an export ({@code E}). A document over the server's multipart limit comes back to
 *       the item's page as a form error ({@code web.InvoeringUploadFilter}). Demo: {@code InvoeringDemo}.
 * </ul>
 * <p>The working-day calendar: this module defines the deployment's one {@code Werkdagkalender} bean
 * ({@code KalenderConfiguration}). Its decree days come from {@code KalenderBron}, which keeps the stored list in
 * memory, re-reads it after its own node's change commits and when its periodic check ({@code
 * schakel.kalender.verversen}) finds that another node changed it. The list is append-only (decrees, and per day rows
 * that add or withdraw it); each change writes its access-log row and publishes {@link
 * nl.schakel.organisation.WerkdagkalenderGewijzigd} in the same transaction, on which {@code veiligthuis} recomputes
 * the open VB deadlines. Years without a decree get the expected days of {@code Gelijkstellingsregel}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "identity", "audit", "afwegingskader"})
package nl.schakel.organisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
