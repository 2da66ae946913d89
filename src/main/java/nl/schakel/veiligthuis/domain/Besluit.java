package nl.schakel.veiligthuis.domain;

/** The besluit after the veiligheidsbeoordeling (spec §3.2–3.3) and the state the case moves to once approved. */
public enum Besluit {
    OVERDRACHT_NA_VEILIGHEIDSBEOORDELING(ZaakStatus.OVERDRACHT, true),
    VOORWAARDEN_EN_VERVOLG(ZaakStatus.VOORWAARDEN_EN_VERVOLG, true),
    ONDERZOEK(ZaakStatus.ONDERZOEK, true),
    VERZOEK_ONDERZOEK_RAAD(ZaakStatus.VERZOEK_RAAD, true),
    EINDE_BEMOEIENIS(ZaakStatus.AFGESLOTEN, false);

    private final ZaakStatus volgende;
    private final boolean vervolg;

    Besluit(ZaakStatus volgende, boolean vervolg) {
        this.volgende = volgende;
        this.vervolg = vervolg;
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
