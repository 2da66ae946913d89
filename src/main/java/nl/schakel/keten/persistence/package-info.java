/** The keten tables, all append-only: the sent meldingen, the terugkoppelingen and the status reports. */
@NullMarked
package nl.schakel.keten.persistence;

import org.jspecify.annotations.NullMarked;
