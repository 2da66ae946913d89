package nl.schakel.afwegingskader;

/**
 * One of the five requirements help must meet to count as adequate (adequate hulp, domain spec §2.4). Help that
 * misses one of them is not adequate.
 */
public enum HulpVereiste {
    /** Voldoende zicht op veiligheid. */
    ZICHT_OP_VEILIGHEID,
    /** Afspraken over samenwerking en regie op veiligheid. */
    AFSPRAKEN_OVER_SAMENWERKING_EN_REGIE,
    /** Voldoende zicht op herhaling en patronen. */
    ZICHT_OP_HERHALING_EN_PATRONEN,
    /** Voortdurende focus op veiligheid tijdens de hulp. */
    FOCUS_OP_VEILIGHEID,
    /** Aandacht voor herstel en het versterken van veerkracht. */
    AANDACHT_VOOR_HERSTEL;

    /** The requirement in lower case, so it reads inside a sentence ({@code kader.vereiste.<NAME>}). */
    public Text text() {
        return Text.of("kader.vereiste." + name());
    }
}
