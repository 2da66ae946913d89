/**
 * The keten tables, all append-only (a trigger refuses {@code UPDATE}, {@code DELETE} and {@code TRUNCATE}): the sent
 * meldingen ({@code MeldingStore}, {@code keten.melding}), the terugkoppelingen and the status reports
 * ({@code TerugkoppelingStore}, {@code keten.terugkoppeling}, {@code keten.melding_status}).
 */
@NullMarked
package nl.schakel.keten.persistence;

import org.jspecify.annotations.NullMarked;
