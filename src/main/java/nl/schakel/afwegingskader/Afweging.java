package nl.schakel.afwegingskader;

/**
 * The five afwegingen of the afwegingskader, asked one at a time in this order (domain spec §2.1, Basisdocument
 * afwegingskader).
 */
public enum Afweging {
    VERMOEDEN(1, "Heb ik een vermoeden van (dreiging van) huiselijk geweld of kindermishandeling?"),
    VEILIGHEID(2, "Schat ik in dat er acute en/of structurele onveiligheid is?"),
    HULP(
            3,
            "Kan ik passende hulp bieden of organiseren om (toekomstig) huiselijk geweld of kindermishandeling"
                    + " te voorkomen?"),
    ACCEPTATIE(4, "Aanvaarden de betrokkenen de hulp en zijn zij bereid zich daarvoor in te zetten?"),
    RESULTAAT(
            5,
            "Leidt de hulp binnen de gewenste termijn tot de nodige resultaten voor de veiligheid en het"
                    + " welzijn (herstel) van alle betrokkenen?");

    private final int number;
    private final String question;

    Afweging(int number, String question) {
        this.number = number;
        this.question = question;
    }

    /** The number the afwegingskader gives it, 1 to 5. */
    public int number() {
        return number;
    }

    /** The question in plain Dutch, as the professional sees it. */
    public String question() {
        return question;
    }

    public static Afweging ofNumber(int number) {
        if (number < 1 || number > 5) {
            throw new IllegalArgumentException("an afweging has a number from 1 to 5, not " + number);
        }
        return values()[number - 1];
    }
}
