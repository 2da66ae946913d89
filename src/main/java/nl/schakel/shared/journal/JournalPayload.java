package nl.schakel.shared.journal;

/**
 * What one journal entry records: a checked, immutable record of one kind, stored as JSON ({@link JournalCodec}) and
 * never changed. Each module has its own sealed payload interface that extends this one for its own kind enum and
 * answers {@link #kind()} from the registry, so that a payload record needs nothing but its fields and checks.
 *
 * @param <K> the module's kind enum
 */
public interface JournalPayload<K extends Enum<K> & JournalKind> {

    /** The kind of entry this payload is: the one whose {@code payloadType()} is this payload's class. */
    K kind();
}
