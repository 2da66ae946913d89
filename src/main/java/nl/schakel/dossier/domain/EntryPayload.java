package nl.schakel.dossier.domain;

/**
 * What one journal entry records: a checked, immutable value of one {@link EntryKind}. Each kind is one record type
 * in this package, built by its own {@code of(...)} factory that refuses bad input with message keys; the journal
 * stores it as it is and never changes it.
 */
public interface EntryPayload {

    /** The kind of entry this payload is; {@code kind().payloadType()} is this payload's own class. */
    EntryKind kind();
}
