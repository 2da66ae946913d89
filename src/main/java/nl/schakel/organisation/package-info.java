/**
 * Tenants (organisations bound by the meldcode and Veilig Thuis regions), their teams and members. Later: the
 * meldprotocol, the training register and the implementation checklist.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "identity", "audit"})
package nl.schakel.organisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
