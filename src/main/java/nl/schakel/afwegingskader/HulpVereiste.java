package nl.schakel.afwegingskader;

/**
 * One of the five requirements help must meet to count as adequate (adequate hulp, domain spec §2.4). Help that
 * misses one of them is not adequate.
 */
public enum HulpVereiste {
    ZICHT_OP_VEILIGHEID("voldoende zicht op veiligheid"),
    AFSPRAKEN_OVER_SAMENWERKING_EN_REGIE("afspraken over samenwerking en regie op veiligheid"),
    ZICHT_OP_HERHALING_EN_PATRONEN("voldoende zicht op herhaling en patronen"),
    FOCUS_OP_VEILIGHEID("voortdurende focus op veiligheid tijdens de hulp"),
    AANDACHT_VOOR_HERSTEL("aandacht voor herstel en het versterken van veerkracht");

    private final String text;

    HulpVereiste(String text) {
        this.text = text;
    }

    /** The requirement in plain Dutch, lower case so it reads inside a sentence. */
    public String text() {
        return text;
    }
}
