package nl.schakel.veiligthuis.domain;

import java.util.List;
import java.util.Optional;
import nl.schakel.shared.journal.JournalEntry;
import org.jspecify.annotations.Nullable;

/**
 * Where the onderzoek and the verzoek aan de Raad of a case stand, read from its journal: the report of the current
 * onderzoek (one recorded after the last {@link OnderzoekAfgerond}; a later report replaces an earlier one), the last
 * end of an onderzoek, and a verzoek aan de Raad that has no answer yet.
 *
 * @param rapport the report of the onderzoek not yet ended, if recorded
 * @param afgerond the latest end of an onderzoek, if any
 * @param openVerzoek the latest verzoek aan de Raad without an answer after it, if any
 * @param antwoord the Raad's latest answer, if any
 */
public record OnderzoekStand(
        @Nullable OnderzoekRapport rapport,
        @Nullable OnderzoekAfgerond afgerond,
        @Nullable VerzoekRaad openVerzoek,
        @Nullable AntwoordRaad antwoord) {

    public static OnderzoekStand van(List<JournalEntry<EntryPayload>> journal) {
        OnderzoekRapport rapport = null;
        OnderzoekAfgerond afgerond = null;
        VerzoekRaad verzoek = null;
        AntwoordRaad antwoord = null;
        for (JournalEntry<EntryPayload> e : journal) {
            switch (e.payload()) {
                case OnderzoekRapport r -> rapport = r;
                case OnderzoekAfgerond a -> {
                    afgerond = a;
                    rapport = null;
                }
                case VerzoekRaad v -> verzoek = v;
                case AntwoordRaad a -> {
                    antwoord = a;
                    verzoek = null;
                }
                default -> {}
            }
        }
        return new OnderzoekStand(rapport, afgerond, verzoek, antwoord);
    }

    /** Whether the report of the current onderzoek is recorded, so that it may be ended. */
    public boolean gerapporteerd() {
        return rapport != null;
    }

    public Optional<OnderzoekRapport> huidigRapport() {
        return Optional.ofNullable(rapport);
    }

    public Optional<VerzoekRaad> verzoekZonderAntwoord() {
        return Optional.ofNullable(openVerzoek);
    }
}
