/** The endpoints that save and give back a form's draft, and the clean-up after a saved form. */
@NullMarked
package nl.schakel.concept.web;

import org.jspecify.annotations.NullMarked;
