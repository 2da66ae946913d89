package nl.schakel.afwegingskader;

/** Where the afwegingen lead (domain spec §2.1), named as the evaluation contract names them. */
public enum Outcome {
    /** Afweging 1 = nee: close and record in the dossier; no melding. */
    AFSLUITEN,
    /** A meldnorm applies: melden at Veilig Thuis. */
    MELDEN,
    /** Afwegingen 3 and 4 = ja without a melding: offer or organise help, and re-evaluate afweging 5 later. */
    HULP_BIEDEN,
    /** Afweging 5 = ja without a melding: close the help with agreements on following future (un)safety. */
    HULP_AFSLUITEN_MET_AFSPRAKEN,
    /** An afweging the branch needs has no answer yet, so beslissing 1 is not known. */
    ONVOLLEDIG
}
