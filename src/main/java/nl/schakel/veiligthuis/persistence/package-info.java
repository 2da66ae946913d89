/**
 * The {@code veiligthuis} schema ({@code ZaakStore}): {@code zaak}, the index row of a case (soort, status, received,
 * acute, deadline, classification, keten melding id, last safety check, besluit); {@code betrokkene}, the
 * directbetrokkenen (normalised name, date of birth, sex, BSN, role) indexed for the own-records search
 * ({@code zelfdePersoon}); {@code melder}, kept apart; {@code journal_entry}. All but {@code zaak} are append-only.
 * Status changes are conditional ({@code updateStatus(id, van, naar)}, {@code updateBesluit} only from
 * BESLUIT_VOORGESTELD); {@code omzettenInMelding} changes soort, deadline, classification and status in one UPDATE.
 */
@NullMarked
package nl.schakel.veiligthuis.persistence;

import org.jspecify.annotations.NullMarked;
