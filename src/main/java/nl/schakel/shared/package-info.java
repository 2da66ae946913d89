/**
 * The small shared kernel: typed ids, code lists without rules, clock and database set-up. No business rules, except
 * two shared by design because both sides of the chain must apply the same one: the working-day calendar
 * ({@code kalender}) and the rule for shielding the melder from the family ({@link nl.schakel.shared.MelderAfscherming}).
 *
 * <p>Open to every module and using none. It holds:
 *
 * <ul>
 *   <li>typed ids ({@code UserId}, {@code TenantId}, {@code TeamId}) and {@code Bsn} (with the elfproef);
 *   <li>code lists without rules that several modules carry: {@code Role}, {@code TenantKind}, {@code Beroepscluster},
 *       and the chain's {@code Relatie}, {@code SignaalSoort}, {@code VormVanGeweld} and {@code ConsultatieMet} (in
 *       the dossier and in the melding alike);
 *   <li>the security principal {@code Actor} (user, role, tenant, team, beroepscluster, when the second factor was
 *       given, and the API client acting for the member), so that every facade can take it without depending on
 *       {@code identity}; {@code ActingFor} and {@code @Namens} for the API acting for a named member (ADR-0014);
 *   <li>the exceptions the facades throw ({@code NotFoundException}, {@code AccessDeniedException},
 *       {@code InvalidInputException} carrying message keys, never values), {@code FormErrors} and
 *       {@code FormValues} for the forms;
 *   <li>{@code Herinneringen}, the interface through which modules put reminders on the home page;
 *   <li>{@code Paginering} and {@code Pagina}: a list read a page at a time by its number in the address (ADR-0036),
 *       with the bounds every list and the API share;
 *   <li>the one append-only journal ({@code journal}): the entry, the kind registry contract that each module's own
 *       {@code EntryKind} enum and sealed {@code EntryPayload} implement, the one JSON codec of a stored payload, the
 *       append and correction rules, and the insert and read of a module's own journal table (ADR-0012, ADR-0016);
 *   <li>{@code Instantie}: what this instance serves ({@code schakel.instantie.rollen}: organisations, Veilig Thuis
 *       regions, the VT-register; all three by default, the all-in-one mode);
 *   <li>infrastructure every module stands on: the one {@code Clock} bean ({@code ClockConfiguration}), cluster-safe
 *       scheduling ({@code SchedulingConfiguration}: ShedLock on {@code public.shedlock}, ADR-0009) and the embedded
 *       PostgreSQL of the all-in-one mode ({@code database.EmbeddedPostgresServer}, which recovers after
 *       {@code kill -9} and refuses a data folder in use).
 * </ul>
 *
 * <p>The two shared rules: {@code kalender.Werkdagkalender}, the working-day calendar on which every legal term in
 * working days is counted, and {@code MelderAfscherming} (rule 43), used by the dossier's melding and VT's intake.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package nl.schakel.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
