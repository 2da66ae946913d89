package nl.schakel.keten.federatie;

/** The codes of the message soorten between instances, as the keten facades name them in the outbox. */
public final class Soort {

    public static final String MELDING = "MELDING";
    public static final String AANVULLING = "AANVULLING";
    public static final String STATUS = "STATUS";
    public static final String TERUGKOPPELING = "TERUGKOPPELING";
    public static final String OVERDRACHT = "OVERDRACHT";
    public static final String OVERDRACHT_ANTWOORD = "OVERDRACHT_ANTWOORD";
    public static final String REGISTRATIE = "REGISTRATIE";
    public static final String BEEINDIGING = "BEEINDIGING";
    public static final String MATCH = "MATCH";

    private Soort() {}
}
