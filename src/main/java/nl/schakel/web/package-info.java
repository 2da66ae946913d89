/**
 * The application shell: layout, navigation per role, home page, error pages, message bundles and static assets.
 * Holds no business rules; it calls the module facades.
 *
 * <ul>
 *   <li>Pages: the layout ({@code src/main/jte/layout}) and tags ({@code src/main/jte/tag}), {@code Navigation} per
 *       role, the home page with every module's reminders ({@code shared.Herinneringen}) and the help page
 *       ({@code HomeController}), and {@code Ui}, the helper every template gets (texts, navigation, CSRF token; set
 *       by {@code UiAdvice}). Module controllers render their own templates with {@code Ui}.
 *   <li>Errors: {@code ErrorAdvice} turns exceptions from page controllers into the error page and logs unexpected ones
 *       by type only; {@code ErrorPageController} answers everything that ends in {@code /error}, as a page for
 *       browsers and as {@code application/problem+json} for the API. No stack trace, exception message or binding
 *       error ever.
 *   <li>The API's shared parts: {@code ApiErrorAdvice} (problem+json with a Dutch message per field under
 *       {@code fouten}, also for a body that is not JSON or a value of the wrong form), {@code ApiDocumentation}
 *       (springdoc serves {@code /api/v1/openapi.json}), {@code NamensConfiguration} (resolves a handler parameter
 *       {@code @Namens Actor} through {@code shared.ActingFor}, hides it from springdoc and documents the required
 *       {@code Namens} header on exactly those operations; ADR-0014).
 *   <li>{@code AfwegingskaderApiController} ({@code /api/v1/afwegingskaders}): the pure {@code afwegingskader} module
 *       cannot hold a controller, so the shell exposes its stateless evaluation; that is why {@code web} may depend on
 *       {@code afwegingskader}.
 *   <li>{@code LocaleConfiguration}: pages are Dutch whatever the browser's language; {@code ?taal=en} switches to
 *       English, remembered in the cookie {@code __Host-SCHAKEL-TAAL}.
 *   <li>One language at a time (ADR-0029): texts come from the bundles by key with arguments ({@code Ui.t}); dates
 *       and times are written one Dutch way on every page ({@code Ui.date} "5-12-2026", {@code Ui.dateTime}
 *       "5-12-2026 14:03", Europe/Amsterdam); {@code DutchTerms} marks the glossary's Dutch terms on a rendered
 *       English page with {@code lang="nl"}; what users typed is shown as typed, marked {@code lang="nl"}.
 *       {@code TaalIT} walks every page in both languages.
 * </ul>
 * <p>Operations (ADR-0022): the management port (Prometheus, loopback only) is {@code server.port} + 10000 unless
 * {@code management.server.port} or {@code SCHAKEL_MANAGEMENT_PORT} is set ({@link nl.schakel.web.ManagementPort}, an
 * environment post-processor), and a port in use at start-up is reported with the setting that moves it
 * ({@link nl.schakel.web.PortInUseFailureAnalyzer}). On SIGTERM the web server drains first, then running jobs and
 * listeners finish, then the pool closes and only then the embedded PostgreSQL stops ({@code GracefulShutdownIT}).
 *
 * <p>Forms and small screens (issue 12). Scripts are static files only (the strict Content Security Policy allows no
 * inline script), and every page works without them: {@code focus.js} puts the focus on the error summary, on a
 * {@code #place} the page was opened at, on the confirmation, also after an htmx swap; {@code tonen.js} shows a part
 * of a form only for the answer it belongs to ({@code data-toon-bij}); {@code tabel.js} makes a wide table, which
 * scrolls in its own region, focusable and named while it scrolls; the tag {@code tag/defaultsubmit.jte} makes Enter
 * submit a form's main action when another submit button comes first. Every page reflows at 375 px, and the banner
 * and header take at most a fifth of the first screen ({@code NarrowScreenIT} over {@code EveryPage};
 * {@code AccessibilityIT} runs axe-core at 1280 and 375 px).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "afwegingskader"})
package nl.schakel.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
