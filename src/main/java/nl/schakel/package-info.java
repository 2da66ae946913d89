/** Schakel, software for the Dutch meldcode chain on domestic violence and child abuse. */
@NullMarked
package nl.schakel;

import org.jspecify.annotations.NullMarked;
