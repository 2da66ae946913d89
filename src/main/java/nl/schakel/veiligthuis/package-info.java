/**
 * Veilig Thuis: the region's case from the first contact to the decision after the veiligheidsbeoordeling (issue 4).
 * So far only its legal terms and queue order, as plain domain rules; intake, the case and its pages follow.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "shared")
package nl.schakel.veiligthuis;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
