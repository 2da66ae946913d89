/**
 * The afwegingskader of the meldcode as a pure decision model: the five afwegingen, the two beslissingen and the
 * three meldnormen, with one versioned {@link nl.schakel.afwegingskader.Kader} per beroepscluster. Plain Java: no
 * Spring, no I/O, no clock.
 *
 * <p>Nothing is stored here (the dossier stores what the professional answered). {@code Afwegingskader.evaluate(Kader,
 * Answers)} walks the five afwegingen as an ordered list of named policies ({@code VermoedenPolicy},
 * {@code VeiligheidPolicy}, {@code HulpPolicy} with the {@code HulpVereisten} checklist, {@code AcceptatiePolicy},
 * {@code ResultaatPolicy}) and returns a sealed {@code Evaluation}: a {@code Result} (the {@code Outcome}, the next
 * afweging to ask, beslissing 1 and 2, the {@code Meldnorm}, whether afwegingen 3–5 are answered together with Veilig
 * Thuis, and a plain-Dutch explanation), or {@code NotAllowed} when an answer lies outside the branch. {@code Kaders}
 * holds the versioned {@code Kader} of each of the 11 beroepsclusters (code, version, the step the afwegingen sit in,
 * the examples of acute and structurele onveiligheid) and looks one up by code or cluster; every {@code Result} carries
 * the {@code KaderVersion} it was evaluated under. Rules 1–15 of docs/domain/regels.md, tested by number in
 * {@code AfwegingskaderTests}. The shell exposes the stateless evaluation as {@code /api/v1/afwegingskaders}
 * ({@code web.AfwegingskaderApiController}), since this module holds no controller.
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
