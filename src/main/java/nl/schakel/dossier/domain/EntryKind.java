package nl.schakel.dossier.domain;

/** What a journal entry records: a signaal of step 1 or a collegiale consultatie of step 2. */
public enum EntryKind {
    SIGNAAL,
    CONSULTATIE
}
