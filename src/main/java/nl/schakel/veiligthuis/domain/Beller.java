package nl.schakel.veiligthuis.domain;

/** Who contacted Veilig Thuis: someone in their work, or a private person (a bystander or a directbetrokkene). */
public enum Beller {
    BEROEPSKRACHT,
    PARTICULIER
}
