/**
 * Concepten (drafts): what a user types in a form is saved while they type, so that nothing is lost when the session
 * times out, the browser closes or the network drops; the form is filled again when it is opened, and the draft is
 * removed once the form is saved (ADR-0015).
 *
 * <p>{@code Concepten} keeps one draft per user and form key (table {@code concept.concept}) and gives it back to its
 * author only; {@code ConceptPurge} removes drafts older than {@code schakel.concept.bewaartermijn} (30 days) each
 * night on one node. A form takes part with {@code @template.tag.concept(ui = ui, key = "…")}; the script
 * {@code /js/concept.js} posts to {@code /concepten} ({@code concept.web.ConceptController}), and
 * {@code concept.web.ConceptCleanup} removes a form's draft when its POST ends in a redirect (saved). Without
 * JavaScript the forms work as before, without drafts.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "shared")
package nl.schakel.concept;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
