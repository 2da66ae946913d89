/**
 * The NEN 7513 access log: one append-only, hash-chained row per read, create, change, delete, search, export,
 * break-the-glass and access to the log itself, written in the same transaction as the action it records.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "shared")
package nl.schakel.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
