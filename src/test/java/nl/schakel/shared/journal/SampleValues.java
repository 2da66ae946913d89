package nl.schakel.shared.journal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.schakel.TestBsn;
import nl.schakel.shared.Bsn;

/**
 * Sample values built from a type alone, for the tests that must cover every kind of journal entry: a new payload
 * record is covered without a change to them. The values bypass the records' factories and their checks.
 */
public final class SampleValues {

    private SampleValues() {}

    /** A sample value of the type: the first constant of an enum, a list or set of one sample, a sample record. */
    public static Object of(Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Object element = of(p.getActualTypeArguments()[0]);
            if (raw == List.class) {
                return List.of(element);
            }
            if (raw == Set.class) {
                return Set.of(element);
            }
            throw new IllegalArgumentException("no sample of " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return "tekst";
        }
        if (c == boolean.class || c == Boolean.class) {
            return true;
        }
        if (c == int.class || c == Integer.class) {
            return 1;
        }
        if (c == UUID.class) {
            return UUID.fromString("00000000-0000-4000-8000-000000000001");
        }
        if (c == LocalDate.class) {
            return LocalDate.of(2026, 2, 28);
        }
        if (c == Instant.class) {
            return Instant.parse("2026-02-28T09:15:30Z");
        }
        if (c == Bsn.class) {
            return new Bsn(TestBsn.generated(new Random(10)));
        }
        if (c.isEnum()) {
            return c.getEnumConstants()[0];
        }
        if (c.isRecord()) {
            RecordComponent[] components = c.getRecordComponents();
            Object[] values =
                    Arrays.stream(components).map(rc -> of(rc.getGenericType())).toArray();
            Class<?>[] types =
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                return c.getDeclaredConstructor(types).newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("no sample of " + c.getSimpleName(), e);
            }
        }
        throw new IllegalArgumentException("no sample of " + c);
    }
}
