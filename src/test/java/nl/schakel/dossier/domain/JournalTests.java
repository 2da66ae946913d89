package nl.schakel.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.Role;
import nl.schakel.shared.SignaalSoort;
import nl.schakel.shared.UserId;
import nl.schakel.shared.journal.Journal;
import nl.schakel.shared.journal.JournalEntry;
import org.junit.jupiter.api.Test;

class JournalTests {

    private static final UUID DOSSIER = UUID.randomUUID();
    private static final UserId AUTHOR = new UserId(UUID.randomUUID());
    private static final Instant T0 = Instant.parse("2026-05-12T08:00:00Z");

    private static Signaal signaal(String text) {
        return new Signaal(LocalDate.of(2026, 5, 11), text, SignaalSoort.FEIT, null, Set.of(), false);
    }

    @Test
    void aSignaalIsANewEntryAndTheJournalItselfDoesNotChange() {
        Journal<EntryPayload> empty = new Journal<EntryPayload>(DOSSIER, List.of());
        JournalEntry<EntryPayload> entry = empty.append(AUTHOR, "Lotte", Role.BEROEPSKRACHT, signaal("eerste"), T0);

        assertThat(entry.ownerId()).isEqualTo(DOSSIER);
        assertThat(entry.kind()).isEqualTo(EntryKind.SIGNAAL);
        assertThat(entry.isCorrection()).isFalse();
        assertThat(empty.newestFirst()).isEmpty();
    }

    @Test
    void aCorrectionRefersToTheOriginalWhichStays() {
        Journal<EntryPayload> empty = new Journal<EntryPayload>(DOSSIER, List.of());
        JournalEntry<EntryPayload> original = empty.append(AUTHOR, "Lotte", Role.BEROEPSKRACHT, signaal("eerste"), T0);
        Journal<EntryPayload> journal = new Journal<EntryPayload>(DOSSIER, List.of(original));

        JournalEntry<EntryPayload> correction = journal.correction(
                AUTHOR,
                "Lotte",
                Role.BEROEPSKRACHT,
                original.id(),
                signaal("verbeterd"),
                " typefout ",
                T0.plusSeconds(60));

        assertThat(correction.corrects()).isEqualTo(original.id());
        assertThat(correction.reason()).isEqualTo("typefout");
        assertThat(correction.id()).isNotEqualTo(original.id());
        Journal<EntryPayload> after = new Journal<EntryPayload>(DOSSIER, List.of(original, correction));
        assertThat(after.newestFirst()).containsExactly(correction, original);
        assertThat(after.entry(original.id())).contains(original);
        assertThat(after.isCorrected(original.id())).isTrue();
        assertThat(after.isCorrected(correction.id())).isFalse();
    }

    @Test
    void aCorrectionNeedsAReasonAndAnEntryOfThisJournal() {
        JournalEntry<EntryPayload> original = new Journal<EntryPayload>(DOSSIER, List.of())
                .append(AUTHOR, "Lotte", Role.BEROEPSKRACHT, signaal("x"), T0);
        Journal<EntryPayload> journal = new Journal<EntryPayload>(DOSSIER, List.of(original));

        assertThatThrownBy(() ->
                        journal.correction(AUTHOR, "Lotte", Role.BEROEPSKRACHT, original.id(), signaal("y"), " ", T0))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("reden", "correctie.fout.reden"));
        assertThatThrownBy(() -> journal.correction(
                        AUTHOR, "Lotte", Role.BEROEPSKRACHT, UUID.randomUUID(), signaal("y"), "reden", T0))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theLatestEntryOfATypeIsTheNewestInForceNotACorrectedOne() {
        Journal<EntryPayload> empty = new Journal<EntryPayload>(DOSSIER, List.of());
        JournalEntry<EntryPayload> eerste = empty.append(AUTHOR, "Lotte", Role.BEROEPSKRACHT, signaal("eerste"), T0);
        JournalEntry<EntryPayload> tweede =
                empty.append(AUTHOR, "Lotte", Role.BEROEPSKRACHT, signaal("tweede"), T0.plusSeconds(60));
        JournalEntry<EntryPayload> correctie = new Journal<EntryPayload>(DOSSIER, List.of(eerste, tweede))
                .correction(
                        AUTHOR,
                        "Lotte",
                        Role.BEROEPSKRACHT,
                        tweede.id(),
                        signaal("tweede, verbeterd"),
                        "typefout",
                        T0.plusSeconds(120));

        assertThat(empty.latestEntry(Signaal.class)).isEmpty();
        assertThat(new Journal<EntryPayload>(DOSSIER, List.of(eerste, tweede)).latestEntry(Signaal.class))
                .contains(tweede);
        Journal<EntryPayload> after = new Journal<EntryPayload>(DOSSIER, List.of(eerste, tweede, correctie));
        assertThat(after.latestEntry(Signaal.class)).contains(correctie);
        assertThat(after.latest(Signaal.class).map(Signaal::waarneming)).contains("tweede, verbeterd");
        assertThat(after.latestEntry(Gesprek.class)).isEmpty();
    }
}
