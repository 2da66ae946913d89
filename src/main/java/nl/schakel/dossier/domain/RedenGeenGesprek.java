package nl.schakel.dossier.domain;

/**
 * Why step 3, the gesprek met de cliënt, was not held: the allowed grounds (rule 16). The safety of the client, of the
 * professional or of others, or a well-founded fear that the client breaks off contact.
 */
public enum RedenGeenGesprek {
    VEILIGHEID_CLIENT,
    VEILIGHEID_PROFESSIONAL,
    VEILIGHEID_ANDEREN,
    CONTACT_VERBREKEN
}
