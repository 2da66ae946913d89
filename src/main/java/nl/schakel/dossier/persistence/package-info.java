/** Tables of the dossier schema. */
@NullMarked
package nl.schakel.dossier.persistence;

import org.jspecify.annotations.NullMarked;
