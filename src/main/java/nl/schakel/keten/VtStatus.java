package nl.schakel.keten;

/** How far Veilig Thuis is with a melding, as the melder may see it. */
public enum VtStatus {
    /** Veilig Thuis received the melding. */
    ONTVANGEN,
    /** Veilig Thuis is doing the veiligheidsbeoordeling. */
    VEILIGHEIDSBEOORDELING,
    /** Veilig Thuis decided what happens next. */
    BESLUIT_GENOMEN,
    /** Veilig Thuis closed the melding. */
    AFGESLOTEN
}
