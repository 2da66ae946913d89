/** Tables of the organisation schema. */
@NullMarked
package nl.schakel.organisation.persistence;

import org.jspecify.annotations.NullMarked;
