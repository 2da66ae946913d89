/**
 * The small shared kernel: typed ids, code lists without rules, clock and database set-up. No business rules, except
 * two shared by design because both sides of the chain must apply the same one: the working-day calendar
 * ({@code kalender}) and the rule for shielding the melder from the family ({@link nl.schakel.shared.MelderAfscherming}).
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package nl.schakel.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
