/** The keten tables: the sent meldingen, append-only. */
@NullMarked
package nl.schakel.keten.persistence;

import org.jspecify.annotations.NullMarked;
