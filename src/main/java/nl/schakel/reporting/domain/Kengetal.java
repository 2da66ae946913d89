package nl.schakel.reporting.domain;

import java.util.List;

/**
 * The counted figures of management information. A flow figure counts what happened within the period (so a year is
 * the sum of its months); a stock figure counts what stood on a day or was active during the period.
 */
public enum Kengetal {
    GEOPEND(true),
    GESLOTEN(true),
    GESLOTEN_STAP_1(true),
    GESLOTEN_STAP_2(true),
    GESLOTEN_STAP_3(true),
    GESLOTEN_STAP_4(true),
    GESLOTEN_STAP_5(true),
    UITKOMST_AFGESLOTEN(true),
    UITKOMST_HULP(true),
    UITKOMST_MELDING(true),
    MELDINGEN(true),
    KINDCHECKS(true),
    HULP_ACHTERSTALLIG(false),
    VIR_ACTIEF(false);

    private final boolean stroom;

    Kengetal(boolean stroom) {
        this.stroom = stroom;
    }

    /** Whether the figure of a period is the sum of the figures of its parts (a year of its months). */
    public boolean stroom() {
        return stroom;
    }

    public static Kengetal geslotenInStap(int stap) {
        return valueOf("GESLOTEN_STAP_" + stap);
    }

    public static Kengetal uitkomst(DossierVerloop.Uitkomst uitkomst) {
        return valueOf("UITKOMST_" + uitkomst.name());
    }

    /** The figures that add up to another: the closed dossiers by step, and by outcome. */
    public static List<List<Kengetal>> opdelingenVanGesloten() {
        return List.of(
                List.of(GESLOTEN_STAP_1, GESLOTEN_STAP_2, GESLOTEN_STAP_3, GESLOTEN_STAP_4, GESLOTEN_STAP_5),
                List.of(UITKOMST_AFGESLOTEN, UITKOMST_HULP, UITKOMST_MELDING));
    }
}
