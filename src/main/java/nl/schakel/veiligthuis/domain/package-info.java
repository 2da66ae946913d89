/**
 * Veilig Thuis rules in plain Java: no Spring, no clock reads, no I/O. Its journal payloads are exposed by the
 * module's API as they are, like the dossier's (ADR-0012, ADR-0016).
 *
 * <p>Tested by rule number (docs/domain/regels.md): 33 and 34 {@code Termijnen}, {@code WachtrijRegel},
 * {@code TermijnOverzicht}; 36 and 45 {@code Besluit}, {@code VbStand} (where the veiligheidsbeoordeling stands, read
 * from the journal; risk factors travel in {@code overdracht()}); 41 and 42 {@code Terugkoppelplicht}; 43, 44, 54 and
 * 57 {@code Intake} (time not in the future; a melding needs an identified melder and at least one directbetrokkene;
 * the melder's CBS category, {@code MelderCategorie}); 55 {@code Classificatie} (new, vervolgmelding in the phase of
 * the open case, hermelding). {@code VierOgen} is the four-eyes check of a besluit, {@code Hertriage} the flag for a
 * melding whose safety was not checked for too long.
 */
@NullMarked
package nl.schakel.veiligthuis.domain;

import org.jspecify.annotations.NullMarked;
