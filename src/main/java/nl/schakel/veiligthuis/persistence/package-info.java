/** The {@code veiligthuis} schema: cases, directbetrokkenen, the melder kept apart, and the append-only journal. */
@NullMarked
package nl.schakel.veiligthuis.persistence;

import org.jspecify.annotations.NullMarked;
