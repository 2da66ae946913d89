/** The drafts table in schema {@code concept}. */
@NullMarked
package nl.schakel.concept.persistence;

import org.jspecify.annotations.NullMarked;
