/**
 * The NEN 7513 access log: one append-only, hash-chained row per read, create, change, delete, search, export,
 * break-the-glass and access to the log itself, written in the same transaction as the action it records.
 *
 * <p>A row belongs to the actor's tenant ({@code tenant_id}) and, when it is about a record of another tenant, to that
 * tenant as well ({@code owner_tenant_id}, set with {@link nl.schakel.audit.AccessEvent#ownedBy}; ADR-0021). The
 * facades that refuse access to a record (a dossier, a Veilig Thuis case, a member's account) set the owner on the
 * refusal, so the logverantwoordelijke of the organisation responsible for the record finds the attempt in
 * {@link nl.schakel.audit.AccessLog#search} and on {@code /toegangslog} with who tried and from which organisation
 * (names through {@code shared.TenantNames}); the actor is told nothing more than "not found". The owner is hashed
 * after the other fields, and only when set, so rows from before the column verify unchanged.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "shared")
package nl.schakel.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
