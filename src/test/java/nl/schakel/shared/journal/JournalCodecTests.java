package nl.schakel.shared.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
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
        JournalPayload<?> sample = (JournalPayload<?>) SampleValues.of(kind.payloadType());

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
