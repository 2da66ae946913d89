package nl.schakel.veiligthuis.domain;

/** How an advies ended (spec §3.2, service 1). Only a conversion makes Veilig Thuis responsible. */
public enum AdviesUitkomst {
    ADVIES_EN_ONDERSTEUNING,
    GEEN_HUISELIJK_GEWELD_OF_KINDERMISHANDELING,
    OMGEZET_IN_MELDING,
    AMBTSHALVE_MELDING;

    /** Whether the advies became a melding, so that responsibility passes from the adviesvrager to Veilig Thuis. */
    public boolean wordtMelding() {
        return this == OMGEZET_IN_MELDING || this == AMBTSHALVE_MELDING;
    }
}
