package nl.schakel.afwegingskader;

/**
 * The five afwegingen of the afwegingskader, asked one at a time in this order (domain spec §2.1, Basisdocument
 * afwegingskader).
 */
public enum Afweging {
    VERMOEDEN(1),
    VEILIGHEID(2),
    HULP(3),
    ACCEPTATIE(4),
    RESULTAAT(5);

    private final int number;

    Afweging(int number) {
        this.number = number;
    }

    /** The number the afwegingskader gives it, 1 to 5. */
    public int number() {
        return number;
    }

    /**
     * The question as the professional sees it ({@code afweging.vraag.<number>}): 1 "Heeft u een vermoeden van
     * (dreiging van) huiselijk geweld of kindermishandeling?", 2 "Schat u in dat er acute en/of structurele
     * onveiligheid is?", 3 "Kunt u passende hulp bieden of organiseren om (toekomstig) huiselijk geweld of
     * kindermishandeling te voorkomen?", 4 "Aanvaarden de betrokkenen de hulp en zijn zij bereid zich daarvoor in te
     * zetten?", 5 "Leidt de hulp binnen de gewenste termijn tot de nodige resultaten voor de veiligheid en het welzijn
     * (herstel) van alle betrokkenen?".
     */
    public Text question() {
        return Text.of("afweging.vraag." + number);
    }

    public static Afweging ofNumber(int number) {
        if (number < 1 || number > 5) {
            throw new IllegalArgumentException("an afweging has a number from 1 to 5, not " + number);
        }
        return values()[number - 1];
    }
}
