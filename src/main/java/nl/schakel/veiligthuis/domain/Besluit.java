package nl.schakel.veiligthuis.domain;

/** The besluit after the veiligheidsbeoordeling (spec §3.2–3.3) and the state the case moves to once approved. */
public enum Besluit {
    OVERDRACHT_NA_VEILIGHEIDSBEOORDELING(
            ZaakStatus.OVERDRACHT_NA_VEILIGHEIDSBEOORDELING, true, "Overdracht na veiligheidsbeoordeling"),
    VOORWAARDEN_EN_VERVOLG(ZaakStatus.VOORWAARDEN_EN_VERVOLG, true, "Voorwaarden en vervolg"),
    ONDERZOEK(ZaakStatus.ONDERZOEK, true, "Onderzoek door Veilig Thuis"),
    VERZOEK_ONDERZOEK_RAAD(
            ZaakStatus.VERZOEK_RAAD, true, "Verzoek tot onderzoek aan de Raad voor de Kinderbescherming"),
    EINDE_BEMOEIENIS(ZaakStatus.AFGESLOTEN, false, "Einde bemoeienis van Veilig Thuis");

    private final ZaakStatus volgende;
    private final boolean vervolg;
    private final String omschrijving;

    Besluit(ZaakStatus volgende, boolean vervolg, String omschrijving) {
        this.volgende = volgende;
        this.vervolg = vervolg;
        this.omschrijving = omschrijving;
    }

    /** The besluit in plain Dutch, as it crosses the chain in a terugkoppeling (the contract's language). */
    public String omschrijving() {
        return omschrijving;
    }

    /** The state of the case once the besluit is approved. */
    public ZaakStatus volgende() {
        return volgende;
    }

    /** Whether Veilig Thuis starts a follow-up, as the terugkoppeling to the melder tells (rule 41). */
    public boolean vervolg() {
        return vervolg;
    }

    /** Rule 36: only after overdracht na veiligheidsbeoordeling is no monitoring to follow. */
    public boolean monitoringVolgt() {
        return this == VOORWAARDEN_EN_VERVOLG || this == ONDERZOEK;
    }
}
