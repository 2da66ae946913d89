/** The small shared kernel: typed ids, code lists without rules, clock and database set-up. No business rules. */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package nl.schakel.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
