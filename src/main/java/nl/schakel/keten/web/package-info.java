/** The keten's page for the platformbeheerder: messages to other Schakel instances not delivered yet. */
@NullMarked
package nl.schakel.keten.web;

import org.jspecify.annotations.NullMarked;
