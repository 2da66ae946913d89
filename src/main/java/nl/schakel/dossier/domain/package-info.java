/**
 * The dossier's rules in plain Java: no Spring, no clock reads, no I/O. Its journal payloads (one value record per
 * {@link nl.schakel.dossier.domain.EntryKind}) are immutable, checked values that the module's views show as they
 * are; the architecture tests allow the module's API to expose this one package (ADR-0012).
 *
 * <p>Every payload is built by its own {@code of(...)} factory, which reports all problems at once as message keys.
 * The rules other steps consult are named after the meldcode (docs/domain/regels.md):
 *
 * <ul>
 *   <li>{@code Voortgang} computes from the journal where a dossier stands: it feeds the answers in force (and a
 *       disclosure signaal, rule 13) to {@code afwegingskader.Afwegingskader.evaluate}, asks the next afweging only,
 *       marks answers that a correction made no longer applicable as not in force, and holds the step-order rules as
 *       {@code blokkades()} and {@code Voorwaarde}s: no beslissing before afweging 1 (rule 14), a named expert
 *       consulted first with eergerelateerd geweld or VGV (rule 25), the accelerated path (rule 26), the kindcheck
 *       (rule 18) and the employee-offence route (rule 27).
 *   <li>{@code Beslissing} (beslissing 1 or 2 with reason and the five requirements, rules 10–12), {@code Hulpplan}
 *       (rule 6), {@code Afweging} (reason, kader code and version; rule 8), {@code KaderKeuze} (rule 15).
 *   <li>{@code Kindcheck.isRequired} (rule 18) and {@code Kindcheck.Uitkomst} (rules 19–21);
 *       {@code MedewerkerRoute.homeAfwegingskaderApplies} (rule 27); {@code RedenGeenGesprek} (rule 16);
 *       {@code Signaal} (rule 23: a source for what others said).
 *   <li>{@code Signaleren} and {@code Uitvoerder} (rule 24): a dossier opened by a member who only signals is assigned
 *       to the tenant's uitvoerder, who records steps 2–5.
 *   <li>{@code VirSignaal} (an end two years after it was made or on the 23rd birthday, whichever is first; no signal
 *       from 23; rules 28–30), {@code VirEinde} (rule 31), {@code VirBevoegdheid} (rule 32: an exhaustive switch over
 *       the beroepsclusters, so a new cluster must be decided there).
 *   <li>{@code MeldingInhoud.from} (what a melding carries from the dossier) and {@code Melding} (what the professional
 *       adds: the region, what they keep doing, whether the client was informed and otherwise the safety reason,
 *       rule 17, how Veilig Thuis reaches them); {@code Terugkoppeling} (the region's answer as it arrives, rule 41).
 * </ul>
 */
@NullMarked
package nl.schakel.dossier.domain;

import org.jspecify.annotations.NullMarked;
