package nl.schakel.shared.kalender;

/**
 * The general holidays of the Algemene termijnenwet, art. 3 (1), and Goede Vrijdag (art. 3 (2)), on which a legal term
 * does not run; plus a day equated with them by decree under art. 3 (3) ({@link #GELIJKGESTELD}), such as the Friday
 * after Hemelvaartsdag.
 */
public enum Feestdag {
    NIEUWJAARSDAG,
    GOEDE_VRIJDAG,
    TWEEDE_PAASDAG,
    KONINGSDAG,
    BEVRIJDINGSDAG,
    HEMELVAARTSDAG,
    TWEEDE_PINKSTERDAG,
    EERSTE_KERSTDAG,
    TWEEDE_KERSTDAG,
    /** A day equated with a general holiday by decree (art. 3 (3)), or expected to be by the rule; data. */
    GELIJKGESTELD
}
