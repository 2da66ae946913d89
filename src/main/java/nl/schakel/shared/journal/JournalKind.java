package nl.schakel.shared.journal;

/**
 * One kind of journal entry of a module: the name stored in the journal table's {@code kind} column and the record its
 * payload is. Each module keeps its own {@code EntryKind} enum that implements this, one constant per kind in the
 * shape {@code KIND(PayloadRecord.class)}; {@link JournalKinds} checks that the enum is a sound registry.
 */
public interface JournalKind {

    /** The name stored with every entry of this kind; an enum's constant name, never changed once stored. */
    String name();

    /** The record that holds what an entry of this kind records. */
    Class<? extends JournalPayload<?>> payloadType();
}
