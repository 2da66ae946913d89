/** Veilig Thuis rules in plain Java: no Spring, no clock reads, no I/O. */
@NullMarked
package nl.schakel.veiligthuis.domain;

import org.jspecify.annotations.NullMarked;
