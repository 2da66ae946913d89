/**
 * The figures of management information and their small-number protection, in plain Java (no Spring, no clock
 * reads): {@link nl.schakel.reporting.domain.Telling} counts the read-model rows of one team or the whole
 * organisation in one period, {@link nl.schakel.reporting.domain.Afscherming} hides small numbers and whatever would
 * let them be worked out, and {@link nl.schakel.reporting.domain.Managementcijfers} puts a year together (ADR-0032).
 */
@NullMarked
package nl.schakel.reporting.domain;

import org.jspecify.annotations.NullMarked;
