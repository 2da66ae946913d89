/**
 * Reads of the reporting read model ({@code ReportingCijferStore}): the rows of {@code reporting_dossier} and
 * {@code reporting_vir} of one tenant, nothing else.
 */
@NullMarked
package nl.schakel.reporting.persistence;

import org.jspecify.annotations.NullMarked;
