/**
 * Federation between Schakel instances after the Digikoppeling REST-API profile (ADR-0025): the settings
 * {@code schakel.federatie.*} ({@code FederatieInstellingen}, off by default, so the all-in-one mode is untouched), the
 * known parties ({@code Partij}, {@code Partijen}: per party its OIN, name, URL, the Veilig Thuis regions and
 * organisations it serves, and whether it hosts the VT-register).
 */
@NullMarked
package nl.schakel.keten.federatie;

import org.jspecify.annotations.NullMarked;
