package nl.schakel.shared.journal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of one module's kinds of journal entry, read from its kind enum: which kind a payload is, and which
 * kind a stored name is. It refuses an enum whose payload types are not records or name one record twice, so that a
 * payload always has exactly one kind.
 *
 * @param <K> the module's kind enum
 */
public final class JournalKinds<K extends Enum<K> & JournalKind> {

    private static final ClassValue<JournalKinds<?>> REGISTRIES = new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected JournalKinds<?> computeValue(Class<?> type) {
            return new JournalKinds(type);
        }
    };

    private final Class<K> type;
    private final Map<Class<?>, K> byPayload = new HashMap<>();

    private JournalKinds(Class<K> type) {
        this.type = type;
        for (K kind : type.getEnumConstants()) {
            Class<?> payload = kind.payloadType();
            if (!payload.isRecord()) {
                throw new IllegalStateException(kind + " names " + payload.getSimpleName() + ", which is not a record");
            }
            K earlier = byPayload.put(payload, kind);
            if (earlier != null) {
                throw new IllegalStateException(earlier + " and " + kind + " both name " + payload.getSimpleName());
            }
        }
    }

    /** The registry of the kind enum, checked once and then shared. */
    @SuppressWarnings("unchecked")
    public static <K extends Enum<K> & JournalKind> JournalKinds<K> of(Class<K> kinds) {
        return (JournalKinds<K>) REGISTRIES.get(kinds);
    }

    /** Every kind, in the enum's order. */
    public List<K> all() {
        return List.of(type.getEnumConstants());
    }

    /** The kind whose record the payload is. */
    public K kindOf(Object payload) {
        K kind = byPayload.get(payload.getClass());
        if (kind == null) {
            throw new IllegalArgumentException(
                    "no " + type.getSimpleName() + " for " + payload.getClass().getSimpleName());
        }
        return kind;
    }

    /** The kind stored under this name. */
    public K named(String name) {
        return Enum.valueOf(type, name);
    }
}
