/** Login, second factor and the security filter chain of the pages. */
@NullMarked
package nl.schakel.identity.web;

import org.jspecify.annotations.NullMarked;
