/** The dossier's rules in plain Java: no Spring, no clock reads, no I/O. */
@NullMarked
package nl.schakel.dossier.domain;

import org.jspecify.annotations.NullMarked;
