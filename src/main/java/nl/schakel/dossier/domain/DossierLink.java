package nl.schakel.dossier.domain;

import java.util.UUID;

/**
 * A link between two dossiers, recorded on both sides: a dossier opened for a child after a positive kindcheck
 * (rule 20) names the dossier it came from, and that dossier names the one opened from it. Only someone who may see
 * the other dossier can follow the link.
 */
public record DossierLink(UUID other, Direction direction) implements EntryPayload {

    public enum Direction {
        /** This dossier was opened from the other one. */
        OPENED_FROM,
        /** The other dossier was opened from this one, for a child. */
        CHILD_DOSSIER_OPENED
    }

    @Override
    public String toString() {
        return "DossierLink[" + direction + "]";
    }
}
