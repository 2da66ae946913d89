package nl.schakel.afwegingskader;

/**
 * The three professional meldnormen: when a melding at Veilig Thuis is the professional norm and so necessary
 * (domain spec §2.3).
 */
public enum Meldnorm {
    /** Afweging 2 = ja; a disclosure counts as acute onveiligheid. */
    NORM_1(1, "Melden is nodig bij elk vermoeden van acute en/of structurele onveiligheid."),
    /** Afweging 3 or 4 = nee, when afweging 2 was nee. */
    NORM_2(
            2,
            "Melden is nodig als u, gezien uw deskundigheid, verantwoordelijkheid en grenzen, niet genoeg passende"
                    + " hulp kunt bieden of organiseren."),
    /** Afweging 5 = nee, also when an earlier melding exists. */
    NORM_3(3, "Melden is nodig als de onveiligheid niet stopt of terugkomt terwijl u hulp biedt of organiseert.");

    private final int number;
    private final String text;

    Meldnorm(int number, String text) {
        this.number = number;
        this.text = text;
    }

    public int number() {
        return number;
    }

    /** The norm in plain Dutch (B1). */
    public String text() {
        return text;
    }
}
