package nl.schakel.veiligthuis.domain;

/**
 * Where a Veilig Thuis case stands. A melding waits in the queue in {@link #VEILIGHEIDSBEOORDELING} and
 * {@link #BESLUIT_VOORGESTELD}; the approved besluit moves it to the service it decided, or ends it.
 */
public enum ZaakStatus {
    /** An advies that is still being given. */
    ADVIES,
    /** An advies with its outcome recorded. */
    ADVIES_AFGEROND,
    VEILIGHEIDSBEOORDELING,
    /** A besluit is proposed and waits for the gedragswetenschapper's approval (four eyes). */
    BESLUIT_VOORGESTELD,
    OVERDRACHT,
    VOORWAARDEN_EN_VERVOLG,
    ONDERZOEK,
    VERZOEK_RAAD,
    MONITORING,
    AFGESLOTEN;

    /** Whether the case is in the veiligheidsbeoordeling, so in the queue and under the five-working-day term. */
    public boolean inVeiligheidsbeoordeling() {
        return this == VEILIGHEIDSBEOORDELING || this == BESLUIT_VOORGESTELD;
    }

    /** Whether Veilig Thuis is involved with the family: an open melding case (an advies is no involvement). */
    public boolean betrokken() {
        return this != ADVIES && this != ADVIES_AFGEROND && this != AFGESLOTEN;
    }
}
