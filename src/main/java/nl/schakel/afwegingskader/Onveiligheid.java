package nl.schakel.afwegingskader;

import org.jspecify.annotations.Nullable;

/**
 * What kind of unsafety the professional sees when afweging 2 is ja (domain spec §2.5): acute, structurele, or both.
 * Both mean melden under meldnorm 1; only acute onveiligheid (or a disclosure, rule 13) opens the accelerated path of
 * rule 26, which does not wait for the expert consultation that eergerelateerd geweld and VGV otherwise require
 * (rule 25), and makes the melding arrive acute at Veilig Thuis (rule 34).
 */
public enum Onveiligheid {
    /** Direct danger: safety in the coming hours or days is not guaranteed and protection is needed now. */
    ACUUT(true, false),
    /** Repeated or continuous unsafety that restricts development structurally. */
    STRUCTUREEL(false, true),
    /** Both acute and structurele onveiligheid. */
    ACUUT_EN_STRUCTUREEL(true, true);

    private final boolean acuut;
    private final boolean structureel;

    Onveiligheid(boolean acuut, boolean structureel) {
        this.acuut = acuut;
        this.structureel = structureel;
    }

    public boolean acuut() {
        return acuut;
    }

    public boolean structureel() {
        return structureel;
    }

    /**
     * Whether afweging 2 = ja of this kind counts as acute. An answer without the kind (recorded before Schakel asked
     * for it, or sent by a client of the evaluation API that does not give it) counts as acute: the reading that never
     * delays a case that may be acute (ADR-0018).
     */
    public static boolean leesAlsAcuut(@Nullable Onveiligheid soort) {
        return soort == null || soort.acuut;
    }
}
