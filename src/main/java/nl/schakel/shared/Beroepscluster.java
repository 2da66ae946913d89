package nl.schakel.shared;

/**
 * The professional clusters of the Meldcode app. Each has its own afwegingskader (Besluit verplichte meldcode
 * 2019); a member of an organisation works in one of them.
 */
public enum Beroepscluster {
    ARTSEN,
    PSYCHOLOGEN_PEDAGOGEN_PSYCHOTHERAPEUTEN,
    SOCIAAL_WERK_JEUGD_EN_GEZIN,
    ONDERWIJS,
    PARAMEDICI,
    KINDEROPVANG,
    VERPLEEGKUNDIGEN_EN_VERZORGENDEN,
    JUSTITIE_DJI,
    JUSTITIE_RECLASSERING,
    JUSTITIE_HALT,
    VERLOSKUNDIGEN
}
