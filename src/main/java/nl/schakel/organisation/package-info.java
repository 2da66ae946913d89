/**
 * Tenants (organisations bound by the meldcode and Veilig Thuis regions), their teams and members; the platform's
 * configuration: the code list "vormen van geweld" ({@link nl.schakel.organisation.Codelijsten}) and the days equated
 * with a general holiday by decree ({@link nl.schakel.organisation.Kalenderbeheer}, ADR-0017); the organisation's
 * meldprotocol as versioned data ({@link nl.schakel.organisation.Meldprotocollen}, ADR-0030).
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
 *   <li>{@code Meldprotocollen}: the meldprotocol (issue 13, ADR-0030). A version ({@code MeldprotocolVersie}: number,
 *       content {@code Meldprotocol}, who recorded it when) holds the board decision and the ingangsdatum, five step
 *       texts, a {@code Stapverdeling} per team and one for the rest (signal-only or not, uitvoerder,
 *       eindverantwoordelijke), {@code Kaderregel}s per team, role or beroepscluster and the kader for everyone,
 *       {@code Aandachtsfunctionaris}sen, {@code SpecifiekeVorm}s, the kindcheck and mantelzorgcheck
 *       {@code Checkinstructie}s, the {@code Verwijsindexafspraak}, the {@code Medewerkerroute}, {@code Bewaartermijn}s
 *       (sector defaults and their sources in {@code Bewaartermijnen}), the Veilig Thuis region(s) and the sociale kaart.
 *       Plain Java: {@code Meldprotocolregels} checks a new version against the tenant's teams, members, kaders and
 *       active codes ({@code MeldprotocolKeuzes}) with Dutch field errors, and says which of the six
 *       {@code Minimumeis}en a version proves. Versions are stored append-only as JSON ({@code meldprotocol_versie},
 *       V4_4); the version in force is the highest whose ingangsdatum has come (Europe/Amsterdam). Other modules ask
 *       {@code toepassing(tenant, team, role, cluster)} (version, kader, signal-only, uitvoerder, eindverantwoordelijke),
 *       {@code minimumeisen(tenant)}, {@code vanKracht(tenant)} and {@code versie(tenant, n)}; the beheerder and the
 *       aandachtsfunctionarissen record versions ({@code concept}, {@code legVast}) and read all; everyone who works
 *       with clients reads the version in force; each read, export and change is logged
 *       ({@code organisation.meldprotocol.*}). Pages {@code /beheer/meldprotocol} with the generated PDF.
 *       {@code MeldprotocolDemo} gives the demo organisations a version 1 that keeps today's behaviour.
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
