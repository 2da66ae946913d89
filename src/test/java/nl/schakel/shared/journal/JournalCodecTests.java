package nl.schakel.shared.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one journal codec and kind registry, for every kind of both journals: the dossier's and the Veilig Thuis case's.
 * Each kind gets one sample payload, built from its record's components, that must come back equal from the JSON it
 * is stored as; a new kind is covered without a change here.
 */
class JournalCodecTests {

    static Stream<JournalKind> everyKind() {
        return Stream.concat(
                Arrays.stream(nl.schakel.dossier.domain.EntryKind.values()),
                Arrays.stream(nl.schakel.veiligthuis.domain.EntryKind.values()));
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void everyKindsPayloadComesBackAsItWasStored(JournalKind kind) {
        JournalPayload<?> sample = (JournalPayload<?>) sample(kind.payloadType());

        String json = JournalCodec.write(sample);
        JournalPayload<?> read = JournalCodec.read(kind, json);

        assertThat(read).isEqualTo(sample);
        assertThat(read.kind()).isSameAs(kind);
        assertThat(json).startsWith("{").doesNotContain("\"kind\"");
    }

    @Test
    void eachModulesKindsNameEveryPermittedPayloadRecordOnce() {
        checkRegistry(nl.schakel.dossier.domain.EntryKind.class, nl.schakel.dossier.domain.EntryPayload.class);
        checkRegistry(nl.schakel.veiligthuis.domain.EntryKind.class, nl.schakel.veiligthuis.domain.EntryPayload.class);
    }

    private static <K extends Enum<K> & JournalKind> void checkRegistry(Class<K> kinds, Class<?> payload) {
        JournalKinds<K> registry = JournalKinds.of(kinds);
        Set<Class<?>> named = new HashSet<>();
        for (K kind : registry.all()) {
            assertThat(kind.payloadType()).as(kind.name()).isRecord();
            assertThat(named.add(kind.payloadType()))
                    .as(kind.name() + " names its record once")
                    .isTrue();
            assertThat(registry.named(kind.name())).isSameAs(kind);
        }
        assertThat(named)
                .as("the sealed payload interface permits exactly the records of the kinds")
                .containsExactlyInAnyOrder(payload.getPermittedSubclasses());
    }

    @Test
    void aNewEntryCorrectsNothingAndACorrectionNeedsItsReason() {
        JournalEntry<Sample> entry = JournalEntry.of(
                UUID.randomUUID(),
                Instant.EPOCH,
                new nl.schakel.shared.UserId(UUID.randomUUID()),
                "Lotte",
                null,
                null,
                new Sample("een"));

        assertThat(entry.isCorrection()).isFalse();
        assertThat(entry.kind()).isSameAs(SampleKind.SAMPLE);
        assertThat(entry.payload(Sample.class)).contains(new Sample("een"));
        assertThatThrownBy(() -> new JournalEntry<>(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        Instant.EPOCH,
                        entry.authorId(),
                        "Lotte",
                        null,
                        null,
                        new Sample("twee"),
                        entry.id(),
                        null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRegistryRefusesAPayloadTypeNamedTwice() {
        assertThatThrownBy(() -> JournalKinds.of(TwiceKind.class)).hasMessageContaining("both name Sample");
        assertThatThrownBy(() -> JournalKinds.of(SampleKind.class).kindOf("geen payload"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A sample value of the type: the first constant of an enum, a list or set of one sample, a sample record. */
    private static Object sample(Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Object element = sample(p.getActualTypeArguments()[0]);
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
        if (c == nl.schakel.shared.Bsn.class) {
            return new nl.schakel.shared.Bsn(nl.schakel.TestBsn.generated(new java.util.Random(10)));
        }
        if (c.isEnum()) {
            return c.getEnumConstants()[0];
        }
        if (c.isRecord()) {
            RecordComponent[] components = c.getRecordComponents();
            Object[] values = Arrays.stream(components)
                    .map(rc -> sample(rc.getGenericType()))
                    .toArray();
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

    enum SampleKind implements JournalKind {
        SAMPLE(Sample.class);

        private final Class<? extends SamplePayload> payloadType;

        SampleKind(Class<? extends SamplePayload> payloadType) {
            this.payloadType = payloadType;
        }

        @Override
        public Class<? extends SamplePayload> payloadType() {
            return payloadType;
        }
    }

    enum TwiceKind implements JournalKind {
        EEN,
        TWEE;

        @Override
        public Class<? extends SamplePayload> payloadType() {
            return Sample.class;
        }
    }

    sealed interface SamplePayload extends JournalPayload<SampleKind> {
        @Override
        default SampleKind kind() {
            return JournalKinds.of(SampleKind.class).kindOf(this);
        }
    }

    record Sample(String tekst) implements SamplePayload {}
}
