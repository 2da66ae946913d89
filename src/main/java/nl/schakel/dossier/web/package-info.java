/** The dossier pages. */
@NullMarked
package nl.schakel.dossier.web;

import org.jspecify.annotations.NullMarked;
