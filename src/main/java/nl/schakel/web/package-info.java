/**
 * The application shell: layout, navigation per role, home page, error pages, message bundles and static assets.
 * Holds no business rules; it calls the module facades.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "afwegingskader"})
package nl.schakel.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
