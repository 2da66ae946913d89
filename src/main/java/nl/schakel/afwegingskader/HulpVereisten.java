package nl.schakel.afwegingskader;

import java.util.ArrayList;
import java.util.List;

/**
 * The checklist of the five requirements for adequate help (domain spec §2.4), answered with afweging 3. Help is
 * adequate only when all five are met.
 */
public record HulpVereisten(
        boolean zichtOpVeiligheid,
        boolean afsprakenOverSamenwerkingEnRegie,
        boolean zichtOpHerhalingEnPatronen,
        boolean focusOpVeiligheid,
        boolean aandachtVoorHerstel) {

    public static HulpVereisten allMet() {
        return new HulpVereisten(true, true, true, true, true);
    }

    /** All requirements met except the given one. */
    public static HulpVereisten allMetExcept(HulpVereiste unmet) {
        return new HulpVereisten(
                unmet != HulpVereiste.ZICHT_OP_VEILIGHEID,
                unmet != HulpVereiste.AFSPRAKEN_OVER_SAMENWERKING_EN_REGIE,
                unmet != HulpVereiste.ZICHT_OP_HERHALING_EN_PATRONEN,
                unmet != HulpVereiste.FOCUS_OP_VEILIGHEID,
                unmet != HulpVereiste.AANDACHT_VOOR_HERSTEL);
    }

    public boolean isMet(HulpVereiste vereiste) {
        return switch (vereiste) {
            case ZICHT_OP_VEILIGHEID -> zichtOpVeiligheid;
            case AFSPRAKEN_OVER_SAMENWERKING_EN_REGIE -> afsprakenOverSamenwerkingEnRegie;
            case ZICHT_OP_HERHALING_EN_PATRONEN -> zichtOpHerhalingEnPatronen;
            case FOCUS_OP_VEILIGHEID -> focusOpVeiligheid;
            case AANDACHT_VOOR_HERSTEL -> aandachtVoorHerstel;
        };
    }

    /** The requirements not met, in the order of the checklist; empty when the help is adequate. */
    public List<HulpVereiste> unmet() {
        List<HulpVereiste> unmet = new ArrayList<>();
        for (HulpVereiste vereiste : HulpVereiste.values()) {
            if (!isMet(vereiste)) {
                unmet.add(vereiste);
            }
        }
        return List.copyOf(unmet);
    }

    /** Adequate hulp: all five requirements are met. */
    public boolean isAdequate() {
        return unmet().isEmpty();
    }
}
