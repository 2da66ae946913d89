/**
 * Concepten (drafts): what a user types in a form is saved while they type, so that nothing is lost when the session
 * times out, the browser closes or the network drops; the form is filled again when it is opened, and the draft is
 * removed once the form is saved (ADR-0015).
 */
@NullMarked
@ApplicationModule(allowedDependencies = "shared")
package nl.schakel.concept;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
