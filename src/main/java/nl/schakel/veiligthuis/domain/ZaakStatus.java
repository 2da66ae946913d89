package nl.schakel.veiligthuis.domain;

/**
 * Where a Veilig Thuis case stands: the service it is in (Handelingsprotocol Veilig Thuis 2019, domain spec §3.2). A
 * melding waits in the queue in {@link #VEILIGHEIDSBEOORDELING} and {@link #BESLUIT_VOORGESTELD}; the approved besluit
 * moves it to the service it decided, or ends it. Which moves are allowed is {@link Dienstverloop}'s to say.
 */
public enum ZaakStatus {
    /** An advies that is still being given. */
    ADVIES,
    /** An advies with its outcome recorded. */
    ADVIES_AFGEROND,
    VEILIGHEIDSBEOORDELING,
    /** A besluit is proposed and waits for the gedragswetenschapper's approval (four eyes). */
    BESLUIT_VOORGESTELD,
    /** Overdracht na veiligheidsbeoordeling: help takes over, Veilig Thuis does not monitor afterwards (rule 36). */
    OVERDRACHT_NA_VEILIGHEIDSBEOORDELING,
    /** Voorwaarden en vervolg: Veilig Thuis sets veiligheidsvoorwaarden, then hands over and monitors. */
    VOORWAARDEN_EN_VERVOLG,
    ONDERZOEK,
    VERZOEK_RAAD,
    /**
     * Overdracht after voorwaarden en vervolg or onderzoek: responsibility for "zicht op veiligheid" passes to the
     * receiving parties before monitoring starts (rule 38).
     */
    OVERDRACHT,
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
