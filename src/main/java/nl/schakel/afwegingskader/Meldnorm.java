package nl.schakel.afwegingskader;

/**
 * The three professional meldnormen: when a melding at Veilig Thuis is the professional norm and so necessary
 * (domain spec §2.3).
 */
public enum Meldnorm {
    /**
     * Afweging 2 = ja; a disclosure counts as acute onveiligheid. "Melden is nodig bij elk vermoeden van acute en/of
     * structurele onveiligheid."
     */
    NORM_1(1),
    /**
     * Afweging 3 or 4 = nee, when afweging 2 was nee. "Melden is nodig als u, gezien uw deskundigheid,
     * verantwoordelijkheid en grenzen, niet genoeg passende hulp kunt bieden of organiseren."
     */
    NORM_2(2),
    /**
     * Afweging 5 = nee, also when an earlier melding exists. "Melden is nodig als de onveiligheid niet stopt of
     * terugkomt terwijl u hulp biedt of organiseert."
     */
    NORM_3(3);

    private final int number;

    Meldnorm(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** The norm with its number, in plain language (B1): {@code meldnorm.<number>}. */
    public Text text() {
        return Text.of("meldnorm." + number);
    }
}
