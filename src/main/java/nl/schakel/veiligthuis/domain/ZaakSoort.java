package nl.schakel.veiligthuis.domain;

/** What a contact with Veilig Thuis became: an advies (the adviesvrager stays responsible) or a melding. */
public enum ZaakSoort {
    ADVIES,
    MELDING
}
