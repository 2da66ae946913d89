package nl.schakel.veiligthuis.domain;

/**
 * What one journal entry of a Veilig Thuis case records: a typed, immutable record, stored as JSON with its
 * {@link EntryKind}. Its {@code toString()} reveals no personal data.
 */
public interface EntryPayload {}
