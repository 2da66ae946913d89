package nl.schakel.shared.kalender;

/**
 * The general holidays of the Algemene termijnenwet, art. 3 (1), on which a legal term does not run; plus a day the
 * government equates with them ({@link #GELIJKGESTELD}), such as the Friday after Hemelvaartsdag.
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
    /** A day equated with a general holiday (Algemene termijnenwet, art. 3 (3)); configurable data. */
    GELIJKGESTELD
}
