package nl.schakel.dossier.domain;

import nl.schakel.shared.Beroepscluster;
import org.jspecify.annotations.Nullable;

/**
 * Whether a member of a beroepscluster may signal in the Verwijsindex Risicojongeren (rule 32). Tandartsen may not
 * (KNMG/KNMT note, spec §1.7 and §2.6); they have no cluster of their own yet, so today every cluster may. The switch
 * has no default on purpose: a new cluster (such as {@code TANDARTSEN}) does not compile until it is decided here.
 */
public final class VirBevoegdheid {

    private VirBevoegdheid() {}

    /**
     * @param cluster the member's beroepscluster; {@code null} when the organisation did not set one, and then the
     *     organisation's own designation as meldingsbevoegde decides, so the signal is allowed
     */
    public static boolean magSignaleren(@Nullable Beroepscluster cluster) {
        if (cluster == null) {
            return true;
        }
        return switch (cluster) {
            case ARTSEN,
                    PSYCHOLOGEN_PEDAGOGEN_PSYCHOTHERAPEUTEN,
                    SOCIAAL_WERK_JEUGD_EN_GEZIN,
                    ONDERWIJS,
                    PARAMEDICI,
                    KINDEROPVANG,
                    VERPLEEGKUNDIGEN_EN_VERZORGENDEN,
                    JUSTITIE_DJI,
                    JUSTITIE_RECLASSERING,
                    JUSTITIE_HALT,
                    VERLOSKUNDIGEN -> true;
        };
    }
}
