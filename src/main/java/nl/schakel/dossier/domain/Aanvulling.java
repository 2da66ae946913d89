package nl.schakel.dossier.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.schakel.shared.InvalidInputException;
import nl.schakel.shared.journal.Journal;
import nl.schakel.shared.journal.JournalEntry;

/**
 * An aanvulling to the melding sent from this dossier, as the dossier recorded it when it was sent (ADR-0019): what
 * the professional adds in their own words, and what was recorded in the dossier since the melding or the previous
 * aanvulling (signalen, consultaties, gesprekken met de cliënt). It reaches Veilig Thuis on the case of that melding,
 * never as a second melding.
 *
 * @param aanvullingId the id under which the aanvulling crossed the chain
 * @param meldingId the melding it adds to (the latest melding in force of the dossier when it was sent)
 */
public record Aanvulling(
        UUID aanvullingId,
        UUID meldingId,
        UUID regioId,
        String regioNaam,
        String tekst,
        List<Signaal> signalen,
        List<CollegialeConsultatie> consultaties,
        List<Gesprek> gesprekken)
        implements EntryPayload {

    public static final int MAX_TEKST = 4000;

    public Aanvulling {
        signalen = List.copyOf(signalen);
        consultaties = List.copyOf(consultaties);
        gesprekken = List.copyOf(gesprekken);
    }

    /** What was recorded since the last melding or aanvulling, and so goes with the next aanvulling. */
    public record Nieuw(List<Signaal> signalen, List<CollegialeConsultatie> consultaties, List<Gesprek> gesprekken) {

        public Nieuw {
            signalen = List.copyOf(signalen);
            consultaties = List.copyOf(consultaties);
            gesprekken = List.copyOf(gesprekken);
        }

        public boolean isEmpty() {
            return signalen.isEmpty() && consultaties.isEmpty() && gesprekken.isEmpty();
        }

        @Override
        public String toString() {
            return "Nieuw[" + signalen.size() + "," + consultaties.size() + "," + gesprekken.size() + "]";
        }
    }

    /** The latest melding in force of the dossier, the one an aanvulling adds to. */
    public static Optional<Melding> melding(Journal<EntryPayload> journal) {
        return journal.latest(Melding.class);
    }

    /**
     * The signalen, consultaties and gesprekken in force that were recorded after the last melding or aanvulling (a
     * correction recorded since then counts as new: it is what Veilig Thuis has not seen). Nothing before a melding.
     */
    public static Nieuw nieuwSinds(Journal<EntryPayload> journal) {
        List<JournalEntry<EntryPayload>> entries = journal.entries();
        int laatste = -1;
        for (int i = 0; i < entries.size(); i++) {
            EntryKind kind = entries.get(i).payload().kind();
            if (kind == EntryKind.MELDING || kind == EntryKind.AANVULLING) {
                laatste = i;
            }
        }
        if (laatste < 0) {
            return new Nieuw(List.of(), List.of(), List.of());
        }
        List<JournalEntry<EntryPayload>> daarna = entries.subList(laatste + 1, entries.size()).stream()
                .filter(e -> !journal.isCorrected(e.id()))
                .toList();
        return new Nieuw(
                payloads(daarna, Signaal.class),
                payloads(daarna, CollegialeConsultatie.class),
                payloads(daarna, Gesprek.class));
    }

    private static <T extends EntryPayload> List<T> payloads(List<JournalEntry<EntryPayload>> entries, Class<T> type) {
        return entries.stream().flatMap(e -> e.payload(type).stream()).toList();
    }

    /**
     * Builds the aanvulling to the dossier's latest melding with what is new since then, or throws with every problem
     * at once: there must be a melding to add to, and the professional says in their own words what they add.
     */
    public static Aanvulling of(Journal<EntryPayload> journal, String tekst) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Melding> melding = melding(journal);
        if (melding.isEmpty()) {
            errors.put("", "aanvulling.fout.geenmelding");
        }
        Texts.required(errors, "tekst", tekst, MAX_TEKST, "aanvulling.fout.tekst");
        Texts.throwIfAny(errors);
        Melding m = melding.orElseThrow(() -> new InvalidInputException("", "aanvulling.fout.geenmelding"));
        Nieuw nieuw = nieuwSinds(journal);
        return new Aanvulling(
                UUID.randomUUID(),
                m.meldingId(),
                m.regioId(),
                m.regioNaam(),
                tekst.strip(),
                nieuw.signalen(),
                nieuw.consultaties(),
                nieuw.gesprekken());
    }

    @Override
    public String toString() {
        return "Aanvulling[" + aanvullingId + "]";
    }
}
