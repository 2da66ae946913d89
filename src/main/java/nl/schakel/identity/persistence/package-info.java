/** Tables of the identity schema. */
@NullMarked
package nl.schakel.identity.persistence;

import org.jspecify.annotations.NullMarked;
