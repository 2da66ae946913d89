/**
 * Demo data for the all-in-one mode: the demo tenants, users and API clients documented in the README. Refused
 * when the {@code prod} profile is active. Nothing depends on this module.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "identity", "organisation"})
package nl.schakel.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
