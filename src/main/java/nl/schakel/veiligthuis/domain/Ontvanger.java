package nl.schakel.veiligthuis.domain;

/**
 * The kind of party a case is handed over to (Handelingsprotocol Veilig Thuis 2019, domain spec §3.2, §3.6): the party
 * that takes over responsibility for "zicht op veiligheid" when it accepts the overdracht.
 */
public enum Ontvanger {
    /** The local (wijk)team of the municipality. */
    LOKAAL_TEAM,
    /** Help that is already involved with the family. */
    BESTAANDE_HULP,
    /** A multidisciplinary team (e.g. for complex cases). */
    MULTIDISCIPLINAIR_TEAM,
    /** The professional who made the melding; through Schakel when the melding came from a Schakel dossier. */
    MELDER,
    /** The directbetrokkenen themselves. */
    DIRECTBETROKKENEN_ZELF,
    /** The Raad voor de Kinderbescherming. */
    RAAD_VOOR_DE_KINDERBESCHERMING,
    /** Another party, named. */
    ANDERS
}
