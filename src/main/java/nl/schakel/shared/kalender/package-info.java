/**
 * The working-day calendar of the Algemene termijnenwet, for every legal term counted in working days. Plain Java:
 * no Spring, no clock reads.
 */
@NullMarked
package nl.schakel.shared.kalender;

import org.jspecify.annotations.NullMarked;
