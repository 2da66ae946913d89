package nl.schakel.veiligthuis.domain;

import nl.schakel.shared.Beroepscluster;
import org.jspecify.annotations.Nullable;

/**
 * The role and organisation of the melder or adviesvrager, in the categories of the CBS Beleidsinformatie Veilig
 * Thuis (spec §4.2; rule 57).
 */
public enum MelderCategorie {
    NIET_BEROEPSMATIG,
    GEZONDHEIDSZORG,
    GEESTELIJKE_GEZONDHEIDSZORG,
    KINDEROPVANG,
    ONDERWIJS,
    BUREAU_LEERPLICHT,
    JEUGDZORG,
    JUSTITIE_EN_VEILIGHEID,
    VEILIG_THUIS_ANDERE_REGIO,
    VEILIG_THUIS_REGIONAAL_MAATWERK,
    ANDERE_ORGANISATIE;

    /** Whether the category is one of someone who contacts Veilig Thuis in their work. */
    public boolean beroepsmatig() {
        return this != NIET_BEROEPSMATIG;
    }

    /** The category of a professional of the given beroepscluster, as a melding from a Schakel dossier carries it. */
    public static MelderCategorie van(@Nullable Beroepscluster cluster) {
        if (cluster == null) {
            return ANDERE_ORGANISATIE;
        }
        return switch (cluster) {
            case ONDERWIJS -> ONDERWIJS;
            case KINDEROPVANG -> KINDEROPVANG;
            case ARTSEN, PARAMEDICI, VERPLEEGKUNDIGEN_EN_VERZORGENDEN, VERLOSKUNDIGEN -> GEZONDHEIDSZORG;
            case PSYCHOLOGEN_PEDAGOGEN_PSYCHOTHERAPEUTEN -> GEESTELIJKE_GEZONDHEIDSZORG;
            case SOCIAAL_WERK_JEUGD_EN_GEZIN -> JEUGDZORG;
            case JUSTITIE_DJI, JUSTITIE_RECLASSERING, JUSTITIE_HALT -> JUSTITIE_EN_VEILIGHEID;
        };
    }
}
