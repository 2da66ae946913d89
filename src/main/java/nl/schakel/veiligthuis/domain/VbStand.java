package nl.schakel.veiligthuis.domain;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.schakel.shared.journal.JournalEntry;

/**
 * Where the veiligheidsbeoordeling of a case stands, read from its journal: the latest verrijking per source, the
 * taxatie in force (the latest), the risk factors, and the proposed besluit that waits for approval.
 */
public final class VbStand {

    private final Map<Bron, JournalEntry<EntryPayload>> verrijkingen = new EnumMap<>(Bron.class);
    private final List<Risicofactor> risicofactoren;
    private final Optional<Taxatie> taxatie;
    private final Optional<JournalEntry<EntryPayload>> openVoorstel;

    private VbStand(List<JournalEntry<EntryPayload>> journal) {
        for (JournalEntry<EntryPayload> e : journal) {
            e.payload(Verrijking.class).ifPresent(v -> verrijkingen.put(v.bron(), e));
        }
        risicofactoren = journal.stream()
                .flatMap(e -> e.payload(Risicofactor.class).stream())
                .toList();
        List<Taxatie> taxaties =
                journal.stream().flatMap(e -> e.payload(Taxatie.class).stream()).toList();
        taxatie = taxaties.isEmpty() ? Optional.empty() : Optional.of(taxaties.getLast());
        Set<UUID> beoordeeld = new HashSet<>();
        journal.forEach(e -> e.payload(BesluitBeoordeeld.class).ifPresent(b -> beoordeeld.add(b.voorstel())));
        openVoorstel = journal.stream()
                .filter(e -> e.payload() instanceof BesluitVoorgesteld && !beoordeeld.contains(e.id()))
                .reduce((first, second) -> second);
    }

    /** The state of the veiligheidsbeoordeling in this journal (oldest entry first). */
    public static VbStand van(List<JournalEntry<EntryPayload>> journal) {
        return new VbStand(journal);
    }

    /** The latest entry about this source, if it was consulted. */
    public Optional<JournalEntry<EntryPayload>> verrijking(Bron bron) {
        return Optional.ofNullable(verrijkingen.get(bron));
    }

    /** The taxatie in force: the latest one recorded. Risk factors never change it (rule 45). */
    public Optional<Taxatie> taxatie() {
        return taxatie;
    }

    public List<Risicofactor> risicofactoren() {
        return risicofactoren;
    }

    /** The proposed besluit that no one has approved or rejected yet. */
    public Optional<JournalEntry<EntryPayload>> openVoorstel() {
        return openVoorstel;
    }

    /** What travels with a handover of the case: the taxatie in force and every risk factor (rule 45). */
    public Overdracht overdracht() {
        return new Overdracht(taxatie, risicofactoren);
    }

    /**
     * Why a besluit cannot be proposed now, as a message key; empty when it can: only while the case is in the
     * veiligheidsbeoordeling without a proposal waiting, and only once a taxatie is recorded (the besluit rests on it,
     * spec §3.3).
     */
    public Optional<String> voorstelBezwaar(ZaakStatus status) {
        if (status != ZaakStatus.VEILIGHEIDSBEOORDELING) {
            return Optional.of("vb.fout.status");
        }
        if (taxatie.isEmpty()) {
            return Optional.of("vb.fout.geentaxatie");
        }
        return Optional.empty();
    }

    /** The information handed over with the case: the taxatie in force, if any, and all risk factors. */
    public record Overdracht(Optional<Taxatie> taxatie, List<Risicofactor> risicofactoren) {

        public Overdracht {
            risicofactoren = List.copyOf(risicofactoren);
        }
    }
}
