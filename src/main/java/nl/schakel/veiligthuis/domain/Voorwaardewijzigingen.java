package nl.schakel.veiligthuis.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.shared.journal.JournalEntry;

/**
 * Every decision about one veiligheidsvoorwaarde after it was set (rule 40), as its journal has them: each proposed
 * change with its reason and, once given, the second person's judgement. {@link Veiligheidsvoorwaarden} holds the
 * versions that took effect; this holds the way there, the rejected and the open proposals included, for the case file.
 */
public final class Voorwaardewijzigingen {

    /**
     * A proposed change and its judgement.
     *
     * @param oordeel the entry with the {@link VoorwaardeWijzigingBeoordeeld}; empty while the change waits
     */
    public record Wijziging(
            JournalEntry<EntryPayload> voorstel,
            VoorwaardeWijziging wijziging,
            Optional<JournalEntry<EntryPayload>> oordeel) {

        /** The judgement, once given. */
        public Optional<VoorwaardeWijzigingBeoordeeld> beoordeling() {
            return oordeel.flatMap(e -> e.payload(VoorwaardeWijzigingBeoordeeld.class));
        }
    }

    private Voorwaardewijzigingen() {}

    /** The proposed changes of the voorwaarde, oldest first, each with its judgement if given. */
    public static List<Wijziging> van(List<JournalEntry<EntryPayload>> journal, UUID voorwaarde) {
        return journal.stream()
                .flatMap(e -> e.payload(VoorwaardeWijziging.class).stream()
                        .filter(w -> w.voorwaarde().equals(voorwaarde))
                        .map(w -> new Wijziging(
                                e,
                                w,
                                journal.stream()
                                        .filter(o -> o.payload(VoorwaardeWijzigingBeoordeeld.class)
                                                .filter(b -> b.wijziging().equals(e.id()))
                                                .isPresent())
                                        .findFirst())))
                .toList();
    }
}
