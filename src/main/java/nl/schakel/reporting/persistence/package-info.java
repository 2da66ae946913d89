/**
 * Tables of the reporting module, in the default schema: the read models {@code reporting_dossier} and
 * {@code reporting_vir} (V10_0) and the events they are built from, {@code reporting_gebeurtenis} (V10_1;
 * {@code GebeurtenisStore}); the figures read the rows of one tenant only ({@code ReportingCijferStore}). No names,
 * BSNs or free text.
 */
@NullMarked
package nl.schakel.reporting.persistence;

import org.jspecify.annotations.NullMarked;
