package nl.schakel.shared;

/** The code list (shared by dossier and chain) of forms of domestic violence and child abuse a signaal can point at. */
public enum VormVanGeweld {
    KINDERMISHANDELING_LICHAMELIJK,
    KINDERMISHANDELING_PSYCHISCH,
    VERWAARLOZING,
    SEKSUEEL_MISBRUIK,
    GETUIGE_HUISELIJK_GEWELD,
    PARTNERGEWELD,
    OUDERENMISHANDELING,
    EERGERELATEERD_GEWELD,
    VROUWELIJKE_GENITALE_VERMINKING,
    HUWELIJKSDWANG_ACHTERLATING,
    MENSENHANDEL_SEKSUELE_UITBUITING,
    ANDERS
}
