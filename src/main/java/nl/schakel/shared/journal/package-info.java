/**
 * The one journal of Schakel, used by the dossier and by the Veilig Thuis case alike (ADR-0012, ADR-0016): a dossier
 * or a case is its append-only journal of entries, and a correction is a new entry that names the one it corrects.
 *
 * <ul>
 *   <li>{@link nl.schakel.shared.journal.JournalEntry}: one entry (who, when, on whose behalf, what, what it corrects
 *       and why), generic over the module's payload type; {@code payload(Class)} gives the payload of one type and
 *       {@code kind()} its kind;
 *   <li>{@link nl.schakel.shared.journal.JournalKind} and {@link nl.schakel.shared.journal.JournalPayload}: the
 *       contract of a module's own kind enum ({@code KIND(PayloadRecord.class)}) and its own sealed payload
 *       interface; {@link nl.schakel.shared.journal.JournalKinds} checks such an enum and finds a payload's kind;
 *   <li>{@link nl.schakel.shared.journal.Journal}: the entries in force, the latest of a type, and the append and
 *       correction rules;
 *   <li>{@link nl.schakel.shared.journal.JournalCodec}: the one JSON form of a stored payload;
 *   <li>{@link nl.schakel.shared.journal.JournalTable}: inserting and reading entries in a module's own table, and the
 *       documented shape of that table and its append-only triggers.
 * </ul>
 *
 * <p>What stays per module: its payload records and kind enum, its table in its own schema, and what it shows or
 * sends of an entry (the API's own contract records, never the stored payload).
 */
@NullMarked
package nl.schakel.shared.journal;

import org.jspecify.annotations.NullMarked;
