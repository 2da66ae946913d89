/**
 * The facade of management information ({@code Managementinformatie}): who may read the figures (the leidinggevende
 * and the beheerder of an organisation), the access-log row of every read and export, and the figures of a year from
 * the read model. Internal, because nobody outside {@code reporting} calls the module; its own web uses it.
 */
@NullMarked
package nl.schakel.reporting.informatie;

import org.jspecify.annotations.NullMarked;
