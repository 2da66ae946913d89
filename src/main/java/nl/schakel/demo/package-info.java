/**
 * Demo data: the demo tenants, users, API clients and Veilig Thuis cases documented in the
 * README. Refused when the {@code prod} profile is active. Nothing depends on this module.
 *
 * <p>{@code DemoData} (on with {@code schakel.demo.enabled}) creates them once, at start-up, under a transaction-scoped
 * advisory lock so that several nodes starting together create them once, for the roles the instance serves
 * ({@code shared.Instantie}): the organisations with {@code ORGANISATIES}, the regions of {@code schakel.demo.regios}
 * with {@code REGIOS}, the platformbeheerder always; each part is checked and created on its own. The demo tenants have
 * fixed ids ({@code DemoTenants}), so the instances of a federated set know them by the same id. It has
 * {@code veiligthuis.VeiligThuisDemo} seed each region's cases through the Veilig Thuis facades, as that region's own
 * workers would, only in the instance that serves the region. Demo-Zuid first ({@code vulDemoZuid}, as vt-zuid and
 * gw-zuid): an earlier, closed melding about Daan Demo. Then Demo-Noord ({@code vulDemoRegio}, as vt-noord and
 * gw-noord): an earlier, closed melding about Noor Demo (BSN 111222333) taken through verrijking, taxatie and an
 * approved besluit, open meldingen received 0–8 working days ago (one acute, one late, some without a safety check;
 * Daan's matches Demo-Zuid's in the VT-register, in one instance or across a federated set) and one advies.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "identity", "organisation", "veiligthuis", "dossier"})
package nl.schakel.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
