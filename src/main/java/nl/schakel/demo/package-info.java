/**
 * Demo data for the all-in-one mode: the demo tenants, users, API clients and Veilig Thuis cases documented in the README. Refused
 * when the {@code prod} profile is active. Nothing depends on this module.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "identity", "organisation", "veiligthuis"})
package nl.schakel.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
