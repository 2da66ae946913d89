/**
 * The NEN 7513 access log: one append-only, hash-chained row per read, create, change, delete, search, export,
 * break-the-glass and access to the log itself, written in the same transaction as the action it records.
 *
 * <p>{@code AccessLog} is the facade every module writes through: {@code record} joins the caller's transaction;
 * {@code recordDenial} writes after the caller's transaction has ended, in one of its own, so the row outlives the
 * rollback. {@code AccessEvent} is one entry to write: codes and ids only, never content ({@code by} logs an API client
 * as the user and the member it acts for as {@code on_behalf_of}). {@code AccessLogStore} computes the SHA-256 chain
 * ({@code domain.HashChain}, {@code domain.ChainVerification}; ADR-0007) on one of several chains
 * ({@code audit.access_log_chain}, ADR-0034): an append locks a chain no other transaction holds (the one this
 * transaction already holds first) until the transaction ends, links to that chain's last hash and moves it, so
 * concurrent transactions append side by side. Rows written before the chains are chain 0. Reading the log asks for the second factor again when it was given more
 * than {@code FRESH_SECOND_FACTOR_SECONDS} ago, and is itself logged.
 *
 * <p>Checks and retention: {@code AccessLogChainCheck} checks every hour on one node, and the page
 * {@code /toegangslog/controle} on request, from the last verified checkpoint of each chain
 * ({@code audit.access_log_checkpoint}, append-only; {@code domain.ChainsVerification}) and writes new checkpoints when
 * all chains are whole; {@code AccessLogVerifierCommand} checks every row from the start
 * ({@code --verify-access-log}). {@code AccessLogRetention}
 * removes, once a day on one node, the rows older than {@code schakel.audit.retention} (at least {@code P5Y}; a shorter
 * period refuses to start) and logs that it did; the table's trigger refuses every update, and lets only that purge
 * delete, and only rows older than five years.
 * <p>A row belongs to the actor's tenant ({@code tenant_id}) and, when it is about a record of another tenant, to that
 * tenant as well ({@code owner_tenant_id}, set with {@link nl.schakel.audit.AccessEvent#ownedBy}; ADR-0021). The
 * facades that refuse access to a record (a dossier, a Veilig Thuis case, a member's account, a team) set the owner on
 * the refusal, and so does the page chain when it refuses a page by role whose address names a record (the owner of
 * an id through {@code shared.RecordOwners}, implemented by each module's store; ADR-0042), so the logverantwoordelijke of the organisation responsible for the record finds the attempt in
 * {@link nl.schakel.audit.AccessLog#search} and on {@code /toegangslog} with who tried and from which organisation
 * (names through {@code shared.TenantNames}); the actor is told nothing more than "not found". The search reads a
 * page of {@code AccessLogQuery.PAGE_SIZE} rows newest first, the tenant's own rows and the attempts on its records as
 * two backward index scans on {@code (tenant, occurred_at)}, and the next page before the last row shown ("Oudere
 * regels"; keyset by time and seq). The owner is hashed
 * after the other fields, and only when set, so rows from before the column verify unchanged.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "shared")
package nl.schakel.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
