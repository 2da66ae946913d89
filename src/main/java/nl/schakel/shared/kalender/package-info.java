/**
 * The working-day calendar of the Algemene termijnenwet, for every legal term counted in working days. Plain Java: no
 * Spring, no clock reads.
 *
 * <ul>
 *   <li>{@link nl.schakel.shared.kalender.Werkdagkalender}: the one calendar every term is counted on. The law's
 *       holidays (art. 3 (1) and (2)) are computed; the days equated by decree (art. 3 (3)) come from a source of
 *       {@link nl.schakel.shared.kalender.Gelijkstellingen} that the deployment keeps as data (module
 *       {@code organisation}, ADR-0017).
 *   <li>{@link nl.schakel.shared.kalender.Gelijkstellingsregel}: for a year no decree covers yet, the days the decrees
 *       since 2023 would give (the Friday after Hemelvaartsdag; the Friday after Nieuwjaarsdag, Koningsdag or Tweede
 *       Kerstdag on a Thursday), marked {@link nl.schakel.shared.kalender.Bron#VERWACHT}.
 * </ul>
 */
@NullMarked
package nl.schakel.shared.kalender;

import org.jspecify.annotations.NullMarked;
