/**
 * The embedded PostgreSQL of the all-in-one mode (ADR-0003): started on a data folder that survives restarts,
 * recovered after {@code kill -9}, refused on a folder another Schakel uses, and stopped by the application context
 * only after the connection pool has closed, never by a JVM shutdown hook of its own that would race the web server's
 * drain (ADR-0022).
 */
@NullMarked
package nl.schakel.shared.database;

import org.jspecify.annotations.NullMarked;
