/**
 * The application shell: layout, navigation per role, home page, error pages, message bundles and static assets.
 * Holds no business rules; it calls the module facades.
 *
 * <p>Operations (ADR-0022): the management port (Prometheus, loopback only) is {@code server.port} + 10000 unless
 * {@code management.server.port} or {@code SCHAKEL_MANAGEMENT_PORT} is set ({@link nl.schakel.web.ManagementPort}, an
 * environment post-processor), and a port in use at start-up is reported with the setting that moves it
 * ({@link nl.schakel.web.PortInUseFailureAnalyzer}). On SIGTERM the web server drains first, then running jobs and
 * listeners finish, then the pool closes and only then the embedded PostgreSQL stops ({@code GracefulShutdownIT}).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "afwegingskader"})
package nl.schakel.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
