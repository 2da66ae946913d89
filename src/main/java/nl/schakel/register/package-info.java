/**
 * The national VT-register (domain spec §3.8, rule 46; ADR-0026): per directbetrokkene only which Veilig Thuis regions
 * are or were involved, by a pseudonym the regions compute with a key the register never holds. No case content, no
 * BSN, no name, and no search.
 *
 * <ul>
 *   <li>{@code VtRegister}, the facade: {@code registreer} keeps a region's involvement with each person of a case
 *       ({@code register.betrokkenheid}: pseudonym as its 32 bytes, key version, {@code Soort}, region id, name and
 *       OIN, the region's case reference, since, until, contact), idempotent per region, case and pseudonym; under a
 *       transaction-scoped advisory lock per pseudonym it finds the other regions' involvements with the same
 *       pseudonym and key version ({@code domain.Matchregel}: another region, active or ended within the retention
 *       period), records each pair once as two rows of {@code register.match} (one per told region, each its own id)
 *       and publishes {@code MatchGevonden} (ids only) for each told region. {@code beeindig} ends a case's
 *       involvements; an ended involvement still matches, shown as ended. {@code match} answers only the region a
 *       match was told to; {@code matches} answers about a pseudonym only the region that registered it, and refuses
 *       (and logs) any other: a region cannot learn about a person it did not register.
 *   <li>Every request is an access-log row ({@code audit}) with the region as tenant and its name and OIN (when known)
 *       in the segment; a refusal is logged as a denial.
 *   <li>{@code RegisterBewaartermijn} deletes, daily on one node ({@code schakel.register.bewaartermijn-cron}),
 *       involvements ended more than 20 years ago (§3.9; the in-force date of the change from 15 years is uncertain)
 *       and their matches, and logs how many.
 * </ul>
 *
 * <p>The register knows nothing of the chain: {@code keten.KetenRegister} calls it directly when this instance serves
 * the register, and carries the messages over the federation when it does not.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "audit"})
package nl.schakel.register;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
