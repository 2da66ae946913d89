/**
 * The dossier's rules in plain Java: no Spring, no clock reads, no I/O. Its journal payloads (one value record per
 * {@link nl.schakel.dossier.domain.EntryKind}) are immutable, checked values that the module's views show as they
 * are; the architecture tests allow the module's API to expose this one package (ADR-0012).
 */
@NullMarked
package nl.schakel.dossier.domain;

import org.jspecify.annotations.NullMarked;
