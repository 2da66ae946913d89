/** The Veilig Thuis pages and API: controllers that translate HTTP to the module's facades. */
@NullMarked
package nl.schakel.veiligthuis.web;

import org.jspecify.annotations.NullMarked;
