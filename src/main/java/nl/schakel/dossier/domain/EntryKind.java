package nl.schakel.dossier.domain;

/** What a journal entry records. Only step 1's signalen so far. */
public enum EntryKind {
    SIGNAAL
}
