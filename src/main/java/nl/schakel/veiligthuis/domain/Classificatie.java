package nl.schakel.veiligthuis.domain;

import java.util.Collection;
import java.util.Comparator;

/**
 * How a new melding relates to the region's earlier involvement with the same persons (rule 55; CBS §4.2): new, a
 * vervolgmelding during an open involvement (in which phase), or a hermelding after an involvement that ended.
 */
public enum Classificatie {
    NIEUW,
    VERVOLG_TIJDENS_VEILIGHEIDSBEOORDELING,
    VERVOLG_NA_VEILIGHEIDSBEOORDELING,
    VERVOLG_TIJDENS_MONITORING,
    HERMELDING;

    /** An earlier melding case of this region about at least one of the same persons. */
    public record EerdereZaak(ZaakStatus status, java.time.Instant ontvangenOp) {}

    /**
     * Rule 55: with an open case about the persons, a vervolgmelding in that case's phase (the most recent open case
     * when there are several); with only closed cases, a hermelding; else new. Advies cases are no involvement.
     */
    public static Classificatie van(Collection<EerdereZaak> eerder) {
        return eerder.stream()
                .filter(z -> z.status().betrokken())
                .max(Comparator.comparing(EerdereZaak::ontvangenOp))
                .map(z -> fase(z.status()))
                .orElseGet(
                        () -> eerder.stream().anyMatch(z -> z.status() == ZaakStatus.AFGESLOTEN) ? HERMELDING : NIEUW);
    }

    /**
     * Rule 55 for an aanvulling to the melding a case came from (ADR-0019): while the case is open (Veilig Thuis is
     * involved) it counts as a vervolgmelding in the case's phase; once the case is closed, only a closed case exists,
     * so it counts as a hermelding, and a worker must assess it as a new melding.
     */
    public static Classificatie vanAanvulling(ZaakStatus zaak) {
        return zaak.betrokken() ? fase(zaak) : HERMELDING;
    }

    private static Classificatie fase(ZaakStatus open) {
        if (open.inVeiligheidsbeoordeling()) {
            return VERVOLG_TIJDENS_VEILIGHEIDSBEOORDELING;
        }
        return open == ZaakStatus.MONITORING ? VERVOLG_TIJDENS_MONITORING : VERVOLG_NA_VEILIGHEIDSBEOORDELING;
    }
}
