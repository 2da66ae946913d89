/**
 * The afwegingskader of the meldcode as a pure decision model: the five afwegingen, the two beslissingen and the
 * three meldnormen, with one versioned {@link nl.schakel.afwegingskader.Kader} per beroepscluster. The decision code is
 * plain Java: no Spring, no I/O, no clock; only the package {@code afwegingskader.files} reads the kader files.
 *
 * <p>Nothing is stored here (the dossier stores what the professional answered). {@code Afwegingskader.evaluate(Kader,
 * Answers)} walks the five afwegingen as an ordered list of named policies ({@code VermoedenPolicy},
 * {@code VeiligheidPolicy}, {@code HulpPolicy} with the {@code HulpVereisten} checklist, {@code AcceptatiePolicy},
 * {@code ResultaatPolicy}) and returns a sealed {@code Evaluation}: a {@code Result} (the {@code Outcome}, the next
 * afweging to ask, beslissing 1 and 2, the {@code Meldnorm}, whether afwegingen 3–5 are answered together with Veilig
 * Thuis, and an explanation), or {@code NotAllowed} when an answer lies outside the branch. Rules 1–15 of
 * docs/domain/regels.md, tested by number in {@code AfwegingskaderTests}. The shell exposes the stateless evaluation
 * as {@code /api/v1/afwegingskaders} ({@code web.AfwegingskaderApiController}), since this module holds no controller.
 *
 * <p>Kaders are data (ADR-0027): one JSON file per kader version, {@code src/main/resources/afwegingskader/<code>-
 * <versie>.json}, with the step the afwegingen sit in and the examples of acute and structurele onveiligheid and the
 * source in Dutch and English ({@link nl.schakel.afwegingskader.BilingualText}). {@code files.KaderFiles} reads and
 * checks them (schema in its Javadoc) and {@code files.KaderFilesCheck} does so while the application starts, so a
 * broken file stops the start with a message naming the file. {@code Kaders} looks a kader up by code or cluster (the
 * newest version is current) or by a recorded {@code KaderVersion} (older versions stay loadable); every
 * {@code Result} carries the {@code KaderVersion} it was evaluated under. A new version is a new file.
 *
 * <p>The module holds no wording: explanations, questions, meldnormen and hulpvereisten are
 * {@link nl.schakel.afwegingskader.Text}s, message keys with arguments in {@code messages/afweging.properties} and
 * its English twin, shown in the reader's language by {@code web.Texts} (the page via {@code ui.t}, the API via
 * {@code Accept-Language}).
 *
 * <p>Afweging 2 = ja is acute, structurele or both ({@link nl.schakel.afwegingskader.Onveiligheid}); all three mean
 * meldnorm 1, which stays whatever afwegingen 3 to 5 say afterwards, but only acute onveiligheid or a disclosure is
 * the accelerated path of rule 26. A ja without the kind counts as possibly acute, and a disclosure rules out
 * afweging 1 and 2 = nee (ADR-0018).
 */
@NullMarked
@ApplicationModule(allowedDependencies = "shared")
package nl.schakel.afwegingskader;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
