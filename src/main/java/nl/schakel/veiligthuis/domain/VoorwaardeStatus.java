package nl.schakel.veiligthuis.domain;

/** Whether a veiligheidsvoorwaarde was kept, as found at a monitoring moment (domain spec §3.6). */
public enum VoorwaardeStatus {
    NAGELEEFD,
    DEELS,
    NIET,
    ONBEKEND
}
