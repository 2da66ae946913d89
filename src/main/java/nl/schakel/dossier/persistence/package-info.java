/**
 * Tables of the dossier schema ({@code DossierStore}): {@code dossier}, {@code betrokkene}, {@code journal_entry}
 * (payloads as JSON; a trigger refuses {@code UPDATE}, {@code DELETE} and {@code TRUNCATE}), {@code deling},
 * {@code herinnering} and {@code terugkoppeling_herinnering} (reminders for the owner), and {@code vir_signaal} (the
 * index of VIR signals and their end dates). {@code dossierVanMelding} finds the dossier a melding was sent from by a
 * JSONB query on its {@code MELDING} entry, with a partial index.
 */
@NullMarked
package nl.schakel.dossier.persistence;

import org.jspecify.annotations.NullMarked;
