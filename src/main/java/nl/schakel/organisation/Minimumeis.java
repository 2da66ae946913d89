package nl.schakel.organisation;

/**
 * The six minimum requirements for an organisation's meldprotocol under the verbeterde meldcode (seed deck,
 * "Minimumeisen t.b.v. de implementatie van de verbeterde meldcode"; domain spec §5). The meldprotocol's configuration
 * proves each of them or not ({@link Meldprotocollen#minimumeisen}); the implementation checklist shows that proof.
 */
public enum Minimumeis {
    /** A step plan describing the steps as the organisation's professionals must follow them. */
    STAPPENPLAN,
    /** Afwegingskaders in steps 4 and 5; with several, when which one applies. */
    AFWEGINGSKADERS,
    /** Who runs the steps and who is eindverantwoordelijk for the decision to report, named explicitly. */
    ROLLEN,
    /** Extra attention for specific forms of violence. */
    SPECIFIEKE_VORMEN,
    /** Specific attention for a signal in the Verwijsindex Risicojongeren. */
    VERWIJSINDEX,
    /** Instructions for the kindcheck and/or mantelzorgcheck with clients, where applicable. */
    KIND_EN_MANTELZORGCHECK
}
